import { describe, expect, it } from 'vitest';
import { categoryWords } from '../../../../../electron/core/money/reportWords';
import {
  categoryChoices,
  categoryNamer,
  keyForName,
  type NamedCategory,
} from '../../../../../shared/domain/budget/categoryNames';

const none = { en: '', ro: '', fr: '', de: '' };
const choir: NamedCategory = { key: 'choir-costumes', name: 'Choir costumes', names: none, retired: false };
const records: NamedCategory[] = [
  choir,
  { key: 'bus', name: 'Bus hire', names: { ...none, ro: 'Închiriere autocar' }, retired: true },
  { key: 'travel', name: 'Journeys', names: none, retired: false },
];

describe('naming a budget category for the reader', () => {
  it('gives the committee its own names, per language where it gave one, and the built-in headings translated', () => {
    const ro = categoryNamer(records, 'ro', categoryWords('ro'));
    expect(ro('choir-costumes')).toBe('Choir costumes');
    expect(ro('bus')).toBe('Închiriere autocar');
    expect(ro('travel')).toBe('Journeys');
    expect(ro('accommodation')).toBe('Cazare');
    const de = categoryNamer(records, 'de', categoryWords('de'));
    expect(de('bus')).toBe('Bus hire');
    expect(de('meals')).toBe('Verpflegung');
  });

  it('never shows a key, even one no record names yet', () => {
    expect(categoryNamer([], 'fr', categoryWords('fr'))('choir-costumes')).toBe(
      'Catégorie pas encore nommée',
    );
  });

  it('offers every category not retired, and keeps a retired one on the line that has it', () => {
    const name = categoryNamer(records, 'en', categoryWords('en'));
    const offered = categoryChoices(records, name).map((c) => c.label);
    expect(offered).toContain('Choir costumes');
    expect(offered).toContain('Journeys');
    expect(offered).not.toContain('Bus hire');
    expect(categoryChoices(records, name, 'bus').map((c) => c.label)).toContain('Bus hire');
  });

  it('makes a stable key from the name that no category has yet', () => {
    expect(keyForName('Choir costumes', new Set())).toBe('choir-costumes');
    expect(keyForName('Costume de cor – ediția a II-a', new Set())).toBe('costume-de-cor-editia-a-ii-a');
    expect(keyForName('Choir costumes', new Set(['choir-costumes']))).toBe('choir-costumes-2');
    expect(keyForName('Travel', new Set())).toBe('travel-2');
    expect(keyForName('!!!', new Set())).toBe('category');
  });
});
