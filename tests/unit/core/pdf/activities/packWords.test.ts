import { describe, expect, it } from 'vitest';
import { packWords, type PackWords } from '../../../../../electron/core/pdf/builders/activities/packWords';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
const strings = (w: PackWords): [string, string][] =>
  Object.entries(w).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[k, v] as [string, string]]
      : Object.entries(v as Record<string, string>).map(([kk, vv]) => [`${k}.${kk}`, vv] as [string, string]),
  );
const markers = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the reporting pack words', () => {
  it('has every word in every document language, with the same markers as English', () => {
    const en = new Map(strings(packWords('en')));
    for (const lang of LANGUAGES) {
      const words = strings(packWords(lang));
      expect(words.map(([k]) => k).sort(), lang).toEqual([...en.keys()].sort());
      for (const [k, v] of words) {
        expect(v.trim(), `${lang} ${k}`).not.toBe('');
        expect(markers(v), `${lang} ${k}`).toEqual(markers(en.get(k) ?? ''));
      }
    }
  });

  it('names the pack’s files in plain lower-case words, different in each language', () => {
    for (const lang of LANGUAGES)
      for (const name of Object.values(packWords(lang).files))
        expect(name, lang).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(packWords('ro').files.finalReport).toBe('raport-final');
    expect(packWords('de').files.pack).toBe('berichtspaket');
  });

  it('puts a no-break space before French : and ;, and writes Romanian ș and ț with the comma below', () => {
    for (const [k, v] of strings(packWords('fr'))) expect(v, k).not.toMatch(/[^\u00a0][:;](\s|$)/);
    for (const [k, v] of strings(packWords('ro'))) expect(v, k).not.toMatch(/[şţŞŢ]/);
  });

  it('prints a language it does not have in English', () => {
    expect(packWords('pl').finalReport).toBe('Final report');
  });
});
