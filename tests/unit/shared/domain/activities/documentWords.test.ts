import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_LANGUAGES,
  documentWords,
  fill,
} from '../../../../../shared/domain/activities/documents/words';
import type { DocumentWords } from '../../../../../shared/domain/activities/documents/words';

const strings = (w: DocumentWords): [string, string][] =>
  Object.entries(w).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[k, v] as [string, string]]
      : Object.entries(v as Record<string, string>).map(([kk, vv]) => [`${k}.${kk}`, vv] as [string, string]),
  );
const markers = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('document words', () => {
  it('has every word in every document language, with the same markers as English', () => {
    const en = new Map(strings(documentWords('en')));
    for (const lang of DOCUMENT_LANGUAGES) {
      const words = strings(documentWords(lang));
      expect(words.map(([k]) => k).sort(), lang).toEqual([...en.keys()].sort());
      for (const [k, v] of words) {
        expect(v.trim(), `${lang} ${k}`).not.toBe('');
        expect(markers(v), `${lang} ${k}`).toEqual(markers(en.get(k) ?? ''));
      }
    }
  });

  it('puts a no-break space before French : ; ! ? and inside « »', () => {
    for (const [k, v] of strings(documentWords('fr'))) {
      expect(v, k).not.toMatch(/[^\u00a0][:;!?](\s|$)/);
      expect(v, k).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
    }
  });

  it('writes Romanian ș and ț with the comma below, never the cedilla', () => {
    for (const [k, v] of strings(documentWords('ro'))) expect(v, k).not.toMatch(/[şţŞŢ]/);
  });

  it('prints a language it does not have yet in English', () => {
    expect(documentWords('pl').participantList).toBe('List of participants');
  });

  it('leaves a marker without a value visible, so a gap is seen', () => {
    expect(fill('Page {page} of {pages}', { page: 2 })).toBe('Page 2 of {pages}');
  });
});
