import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_WORDS, type ExportLanguage } from '../../../../../shared/domain/csv/exportWords';
import { headerField } from '../../../../../shared/domain/csv/importHeaders';
import { parseKind, parseStatus } from '../../../../../shared/domain/csv/importValues';

const root = join(import.meta.dirname, '..', '..', '..', '..', '..');
const ui = (lang: string) =>
  JSON.parse(readFileSync(join(root, 'renderer', 'i18n', 'locales', lang, 'partnerships.json'), 'utf8')) as {
    status: Record<string, string>;
    kind: Record<string, string>;
  };

describe.each(['en', 'ro', 'fr', 'de'] as ExportLanguage[])('an export in %s', (lang) => {
  const words = EXPORT_WORDS[lang];

  it('names statuses and kinds as the app shows them', () => {
    expect(words.status).toEqual(ui(lang).status);
    expect(words.kind).toEqual(ui(lang).kind);
  });

  it('is read back by the importer, header by header and value by value', () => {
    for (const field of [
      'home',
      'partner',
      'country',
      'year',
      'kind',
      'status',
      'region',
      'contact',
      'email',
      'phone',
      'notes',
    ] as const)
      expect(headerField(words.headers[field])).toBe(field);
    for (const [status, name] of Object.entries(words.status)) expect(parseStatus(name)).toBe(status);
    for (const [kind, name] of Object.entries(words.kind)) expect(parseKind(name)).toBe(kind);
  });
});
