import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../../../shared/domain/countryNames';
import { mapHeader, parseKind, parseYear } from '../../../../../shared/domain/csv/importColumns';

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
    expect(resolveCountry('US')).toBeNull();
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
    for (const bad of ['94', '1850', '2031', '31.02.1994', 'soon', '19944'])
      expect(parseYear(bad, 2026)).toEqual({ kind: 'bad' });
  });
});
