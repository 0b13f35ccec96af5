import { describe, expect, it } from 'vitest';
import {
  cleanAlternateNames,
  isUsefulAlternateName,
  restoreRomanianDiacritics,
  toAscii,
} from '../../../../scripts/gazetteer/names';

describe('which alternate names the gazetteer keeps', () => {
  it('keeps Latin, Greek and Cyrillic names with their accents and punctuation', () => {
    for (const name of [
      'Hermannstadt',
      'Nagy-Szében',
      'Σιμπίου',
      'Сибиу',
      'St. Gallen',
      'Frankfurt (Oder)',
      "Sant'Agata",
    ]) {
      expect(isUsefulAlternateName(name), name).toBe(true);
    }
  });

  it('drops other scripts, airport codes, codes with digits, links and machine transliterations', () => {
    for (const name of [
      'سيبيو',
      'シビウ',
      'სიბიუ',
      'SBZ',
      'LRSB',
      'Sibiu 2',
      'A1',
      'http://sibiu.ro',
      'sibi xu',
      'bwkharst',
    ]) {
      expect(isUsefulAlternateName(name), name).toBe(false);
    }
  });

  it('keeps one spelling per case-and-accent variant, preferring the accented one', () => {
    const kept = cleanAlternateNames(['Kolozsvar', 'Kolozsvár', 'KOLOZSVAR', 'Klausenburg'], 'RO', [
      'Cluj-Napoca',
    ]);
    expect(kept).toEqual(['Kolozsvár', 'Klausenburg']);
  });

  it('keeps spellings that differ by more than accents, such as ß and ss', () => {
    expect(cleanAlternateNames(['Preßburg', 'Pressburg'], 'SK', ['Bratislava'])).toEqual([
      'Preßburg',
      'Pressburg',
    ]);
  });

  it("drops spellings of the place's own name and fixes Romanian cedillas", () => {
    const kept = cleanAlternateNames(['Sibiu', 'SIBIU', 'Hermanştat'], 'RO', ['Sibiu', 'Sibiu']);
    expect(kept).toEqual(['Hermanștat']);
  });
});

describe('Romanian names', () => {
  it('takes the diacritic spelling of a Moldovan or Romanian name GeoNames gives in ASCII', () => {
    expect(restoreRomanianDiacritics('Chisinau', ['Kishinev', 'Chişinău', 'Chisinau'], 'MD')).toBe(
      'Chișinău',
    );
  });

  it('does not take a spelling in another language, nor change names elsewhere', () => {
    expect(restoreRomanianDiacritics('Sibiu', ['Szében'], 'RO')).toBe('Sibiu');
    expect(restoreRomanianDiacritics('Paris', ['Páris'], 'FR')).toBe('Paris');
  });

  it('writes an ASCII name that keeps capitals', () => {
    expect(toAscii('București')).toBe('Bucuresti');
    expect(toAscii('Łódź')).toBe('Lodz');
    expect(toAscii('Ærøskøbing')).toBe('AEroskobing');
  });
});
