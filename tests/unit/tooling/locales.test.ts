import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..', 'renderer', 'i18n', 'locales');
const LANGS = ['en', 'ro', 'fr', 'de'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Catalog = Record<string, unknown>;

/** Every leaf as "a.b.c" → text. */
function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Catalog))
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, String(value));
  return out;
}

function catalog(lang: string, ns: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(root, lang, `${ns}.json`), 'utf8')));
}

const namespaces = readdirSync(join(root, 'en')).map((f) => f.replace(/\.json$/, ''));
const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();
const base = (key: string) => key.replace(PLURAL, '');

describe('the translations', () => {
  it('have the same namespaces in every language', () => {
    for (const lang of LANGS) {
      expect(
        readdirSync(join(root, lang))
          .map((f) => f.replace(/\.json$/, ''))
          .sort(),
        lang,
      ).toEqual([...namespaces].sort());
    }
  });

  for (const ns of namespaces) {
    it(`${ns}: every language has every English key (plural forms aside), no more, and no empty text`, () => {
      const english = new Set([...catalog('en', ns).keys()].map(base));
      for (const lang of LANGS) {
        const entries = catalog(lang, ns);
        const keys = new Set([...entries.keys()].map(base));
        expect(
          [...english].filter((k) => !keys.has(k)),
          `${lang}/${ns}.json misses`,
        ).toEqual([]);
        expect(
          [...keys].filter((k) => !english.has(k)),
          `${lang}/${ns}.json has extra`,
        ).toEqual([]);
        for (const [key, text] of entries) expect(text.trim(), `${lang}/${ns}.json ${key}`).not.toBe('');
      }
    });

    it(`${ns}: every language uses the same {{variables}} as English in each text`, () => {
      const english = catalog('en', ns);
      const englishVars = new Map<string, string[]>();
      for (const [key, text] of english) {
        const b = base(key);
        englishVars.set(b, [...new Set([...(englishVars.get(b) ?? []), ...variables(text)])].sort());
      }
      for (const lang of LANGS) {
        const seen = new Map<string, Set<string>>();
        for (const [key, text] of catalog(lang, ns)) {
          const set = seen.get(base(key)) ?? new Set<string>();
          variables(text).forEach((v) => set.add(v));
          seen.set(base(key), set);
        }
        for (const [key, vars] of seen) {
          // A plural form may leave out {{count}} ("one link"); any other variable must be English's.
          const expected = (englishVars.get(key) ?? []).filter((v) => v !== 'count');
          const actual = [...vars].filter((v) => v !== 'count').sort();
          expect(actual, `${lang}/${ns}.json ${key}`).toEqual(expected);
        }
      }
    });

    it(`${ns}: every plural has the forms its language needs`, () => {
      for (const lang of LANGS) {
        const entries = [...catalog(lang, ns).keys()];
        const plurals = new Set(entries.filter((k) => PLURAL.test(k)).map(base));
        const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const key of plurals) {
          for (const category of needed)
            expect(entries, `${lang}/${ns}.json ${key}_${category}`).toContain(`${key}_${category}`);
        }
      }
    });
  }

  it('write Romanian with ș and ț (comma below), never the cedilla forms ş and ţ', () => {
    for (const ns of namespaces) {
      for (const [key, text] of catalog('ro', ns)) expect(text, `ro/${ns}.json ${key}`).not.toMatch(/[şţŞŢ]/);
    }
  });
});
