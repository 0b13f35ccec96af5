import { describe, expect, it } from 'vitest';
import {
  fileSlug,
  fixRomanianCedillas,
  foldName,
  foldText,
  foldedTokens,
  toCommaBelow,
} from '../../../../shared/domain/placeNames';

describe('foldName', () => {
  it('ignores case and accents, so every spelling a user might type finds the same key', () => {
    expect(foldName('Kolozsvár')).toBe(foldName('KOLOZSVAR'));
    expect(foldName('București')).toBe('bucuresti');
    expect(foldName('Bucureşti')).toBe('bucuresti');
    expect(foldName('Zürich')).toBe('zurich');
  });

  it('spells out letters that have no accent to remove', () => {
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('Preßburg')).toBe('pressburg');
    expect(foldName('København')).toBe('kobenhavn');
    expect(foldName('Þórshöfn')).toBe('thorshofn');
    expect(foldName('Diyarbakır')).toBe('diyarbakir');
  });

  it('turns hyphens, apostrophes and brackets into single spaces between words', () => {
    expect(foldName('Cluj-Napoca')).toBe('cluj napoca');
    expect(foldName("L'Aquila")).toBe('l aquila');
    expect(foldName('Frankfurt (Oder)')).toBe('frankfurt oder');
    expect(foldName('  St. Gallen ')).toBe('st gallen');
  });

  it('keeps Greek and Cyrillic in their own script, without accents', () => {
    expect(foldName('Αθήνα')).toBe('αθηνα');
    expect(foldName('Київ')).toBe('киів');
    expect(foldName('ΠΑΤΡΑΣ')).toBe(foldName('Πάτρας'));
  });

  it('gives an empty key for text with no letters or digits', () => {
    expect(foldName(' - ')).toBe('');
    expect(foldedTokens('')).toEqual([]);
    expect(foldedTokens('cluj napoca')).toEqual(['cluj', 'napoca']);
  });
});

describe('foldText', () => {
  it('matches free text typed without accents or special letters, keeping its punctuation', () => {
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('Tønsberg & Großröhrsdorf')).toBe('tonsberg & grossrohrsdorf');
    expect(foldText('Ana.Popescu@Example.org')).toBe('ana.popescu@example.org');
    expect(foldText('Timișoara')).toBe('timisoara');
  });
});

describe('fileSlug', () => {
  it('spells a name as hyphenated plain letters for a file name', () => {
    expect(fileSlug('Buziaș')).toBe('buzias');
    expect(fileSlug(' Łódź – Saint-Étienne ')).toBe('lodz-saint-etienne');
    expect(fileSlug('Київ')).toBe('');
  });
});

describe('Romanian comma-below letters', () => {
  it('replaces the cedilla forms by ș and ț', () => {
    expect(toCommaBelow('Timişoara, Constanţa, ŞTEFĂNEŞTI, ŢIGĂNEŞTI')).toBe(
      'Timișoara, Constanța, ȘTEFĂNEȘTI, ȚIGĂNEȘTI',
    );
  });

  it('fixes every name of a Romanian or Moldovan place', () => {
    expect(fixRomanianCedillas('Hermanştat', 'RO')).toBe('Hermanștat');
    expect(fixRomanianCedillas('Chişinău', 'MD')).toBe('Chișinău');
  });

  it('leaves a plainly Turkish name of a Romanian place, and Turkish places, alone', () => {
    expect(fixRomanianCedillas('Bükreş', 'RO')).toBe('Bükreş');
    expect(fixRomanianCedillas('Eskişehir', 'TR')).toBe('Eskişehir');
  });

  it('fixes a recognisably Romanian name of a place abroad', () => {
    expect(fixRomanianCedillas('Cernăuţi', 'UA')).toBe('Cernăuți');
  });
});
