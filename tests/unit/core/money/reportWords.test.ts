import { describe, expect, it } from 'vitest';
import { REPORT_WORDS } from '../../../../electron/core/money/reportWords';
import { SHEET_WORDS } from '../../../../electron/core/money/sheetWords';

function leaves(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['the budget report', REPORT_WORDS],
  ['the workbook and CSV', SHEET_WORDS],
])('the words of %s', (_, catalogue) => {
  const en = leaves(catalogue.en);
  it.each(['ro', 'fr', 'de'] as const)(
    'are all there in %s, with the same placeholders and none empty',
    (lang) => {
      const other = leaves(catalogue[lang]);
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en.get(key) ?? ''));
      }
    },
  );

  it('write Romanian with comma-below ș and ț, never the cedilla forms', () => {
    for (const text of leaves(catalogue.ro).values()) expect(text).not.toMatch(/[şţŞŢ]/);
  });

  it('put a no-break space before French colons and semicolons', () => {
    for (const text of leaves(catalogue.fr).values()) expect(text).not.toMatch(/[^\u00a0\u202f][:;!?]/);
  });
});
