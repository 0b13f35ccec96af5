import { describe, expect, it } from 'vitest';
import { parseStoreText } from '../../../../electron/core/store/readStoreFile';
import { emptyStore } from '../../../../electron/core/store/schema';

describe('parseStoreText', () => {
  it('accepts a store written by this version', () => {
    expect(parseStoreText(JSON.stringify(emptyStore()))).toMatchObject({ kind: 'ok', migratedFrom: null });
  });

  it('calls an empty file empty rather than starting over silently', () => {
    expect(parseStoreText('')).toMatchObject({ kind: 'problem', code: 'EMPTY' });
  });

  it('treats JSON null, which lowdb would read as "no data", as invalid', () => {
    expect(parseStoreText('null')).toMatchObject({ kind: 'problem', code: 'INVALID' });
  });

  it('refuses a store from a newer schema version and reports the version', () => {
    expect(parseStoreText('{"schemaVersion": 99}')).toMatchObject({
      kind: 'problem',
      code: 'TOO_NEW',
      foundVersion: 99,
    });
  });

  it('reports a truncated file as not JSON', () => {
    const text = JSON.stringify(emptyStore());
    expect(parseStoreText(text.slice(0, text.length / 2))).toMatchObject({
      kind: 'problem',
      code: 'NOT_JSON',
    });
  });
});

describe('a version-8 file written before categories were records', () => {
  it('opens with no categories of its own', () => {
    const { budgetCategories: _none, ...older } = emptyStore();
    const parsed = parseStoreText(JSON.stringify(older));
    expect(parsed).toMatchObject({ kind: 'ok', migratedFrom: null });
    expect(parsed.kind === 'ok' && parsed.data.budgetCategories).toEqual([]);
  });
});
