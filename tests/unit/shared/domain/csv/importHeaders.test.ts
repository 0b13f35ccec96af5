import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerField } from '../../../../../shared/domain/csv/importHeaders';
import { parseKind, parseStatus } from '../../../../../shared/domain/csv/importValues';

const root = join(import.meta.dirname, '..', '..', '..', '..', '..');
const locale = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join(root, 'renderer', 'i18n', 'locales', lang, `${ns}.json`), 'utf8')) as {
    form: Record<string, string>;
    status: Record<string, string>;
    kind: Record<string, string>;
  };

describe.each(['en', 'ro', 'fr', 'de'])('a file written with the app’s own %s words', (lang) => {
  const words = locale(lang, 'partnerships');

  it('has its form labels recognised as column headers', () => {
    expect(headerField(words.form.kind ?? '')).toBe('kind');
    expect(headerField(words.form.country ?? '')).toBe('country');
    expect(headerField(words.form.signingDate ?? '')).toBe('year');
    expect(headerField(words.form.email ?? '')).toBe('email');
    expect(headerField(words.form.phone ?? '')).toBe('phone');
    expect(headerField(words.form.notes ?? '')).toBe('notes');
  });

  it('has every status and kind name read back', () => {
    for (const [status, name] of Object.entries(words.status)) expect(parseStatus(name)).toBe(status);
    for (const [kind, name] of Object.entries(words.kind)) expect(parseKind(name)).toBe(kind);
  });
});
