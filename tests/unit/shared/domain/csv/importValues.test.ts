import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../../../shared/domain/countryNames';
import { mapHeader } from '../../../../../shared/domain/csv/importHeaders';
import { parseKind, parseStatus, parseYear } from '../../../../../shared/domain/csv/importValues';

describe('import columns and values', () => {
  it.each([
    [['home town', 'partner town', 'country', 'year', 'kind']],
    [['Localitatea', 'Oraș partener', 'Țara', 'Anul', 'Tip']],
    [['Ville', 'Ville partenaire', 'Pays', 'Année', 'Type']],
    [['Stadt', 'Partnerstadt', 'Land', 'Jahr', 'Art']],
  ])('recognises the header %j', (headers) => {
    expect(mapHeader(headers)).toEqual({ home: 0, partner: 1, country: 2, year: 3, kind: 4 });
  });

  it('recognises headers without accents and in any case', () => {
    expect(mapHeader(['ORAS PARTENER', 'tara'])).toEqual({ partner: 0, country: 1 });
  });

  it.each([
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['Germania', 'DE'],
    ['DE', 'DE'],
    ['deu', 'DE'],
    ['România', 'RO'],
    ['Romania', 'RO'],
    ['Roumanie', 'RO'],
    ['Rumänien', 'RO'],
    ['ROU', 'RO'],
    ['Țările de Jos', 'NL'],
    ['Pays-Bas', 'NL'],
    ['Tschechische Republik', 'CZ'],
    ['UK', 'GB'],
    ['Royaume-Uni', 'GB'],
  ])('reads the country %j as %s', (value, code) => {
    expect(resolveCountry(value)).toBe(code);
  });

  it('does not guess a country it does not know', () => {
    expect(resolveCountry('Atlantis')).toBeNull();
    expect(resolveCountry('')).toBeNull();
    expect(resolveCountry('XYZ')).toBeNull();
  });

  it.each([
    ['United States', 'US'],
    ['USA', 'US'],
    ['Statele Unite ale Americii', 'US'],
    ['États-Unis', 'US'],
    ['Vereinigte Staaten', 'US'],
    ['China', 'CN'],
    ['Chine', 'CN'],
    ['Brazil', 'BR'],
    ['Brasilien', 'BR'],
    ['Israel', 'IL'],
    ['Zambia', 'ZM'],
    ['Sambia', 'ZM'],
    ['JPN', 'JP'],
    ['US', 'US'],
  ])('knows partners outside Europe: %j is %s', (value, code) => {
    expect(resolveCountry(value)).toBe(code);
  });

  it.each([
    ['', 'partnership'],
    ['Jumelage', 'partnership'],
    ['Städtepartnerschaft', 'partnership'],
    ['înfrățire', 'partnership'],
    ['Freundschaft', 'friendship'],
    ['prietenie', 'friendship'],
    ['Kontakt', 'contact'],
    ['projet', 'project'],
  ])('reads the kind %j as %s', (value, kind) => {
    expect(parseKind(value)).toBe(kind);
  });

  it('refuses a kind it does not know', () => {
    expect(parseKind('marriage')).toBeNull();
  });

  it('reads a year, an ISO date or a day-first date, and refuses the rest', () => {
    expect(parseYear('1994', 2026)).toEqual({ kind: 'year', year: 1994 });
    expect(parseYear('1994-05-12', 2026)).toEqual({ kind: 'date', date: '1994-05-12' });
    expect(parseYear('12.05.1994', 2026)).toEqual({ kind: 'date', date: '1994-05-12' });
    expect(parseYear('', 2026)).toEqual({ kind: 'none' });
    for (const bad of ['94', '0850', '2031', '31.02.1994', 'soon', '19944'])
      expect(parseYear(bad, 2026)).toEqual({ kind: 'bad' });
  });

  it('accepts years before 1920: the first twinning is disputed, older town friendships exist', () => {
    expect(parseYear('1913', 2026)).toEqual({ kind: 'year', year: 1913 });
    expect(parseYear('1850', 2026)).toEqual({ kind: 'year', year: 1850 });
  });

  it('reads dates as town halls write them: 12.10.1990, 12. 10. 1990 and 12.10.1990.', () => {
    for (const v of ['12.10.1990', '12. 10. 1990', '12.10.1990.', '12-10-1990', '12/10/1990'])
      expect(parseYear(v, 2026)).toEqual({ kind: 'date', date: '1990-10-12' });
  });

  it.each([
    ['Activ', 'active'],
    ['En sommeil', 'dormant'],
    ['Erste Kontakte', 'exploring'],
    ['Negociere', 'negotiating'],
    ['', null],
    ['Colaborare strânsă', 'unknown'],
  ])('reads the status %j as %s', (value, status) => {
    expect(parseStatus(value)).toBe(status);
  });

  it('reads the columns the app has fields for, in the labels the app itself uses', () => {
    expect(
      mapHeader([
        'Oraș partener',
        'Țară',
        'Data semnării',
        'Tipul legăturii',
        'Persoană de contact',
        'E-mail',
        'Telefon',
        'Observații',
      ]),
    ).toEqual({ partner: 0, country: 1, year: 2, kind: 3, contact: 4, email: 5, phone: 6, notes: 7 });
  });
});
