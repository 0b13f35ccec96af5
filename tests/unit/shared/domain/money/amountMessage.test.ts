import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amountErrorMessage } from '../../../../../shared/domain/money/amountMessage';
import type { AmountErrorCode } from '../../../../../shared/domain/money/parseAmount';

const catalogue = (lang: string) =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../../../renderer/i18n/locales', lang, 'money.json'),
      'utf8',
    ),
  ) as {
    amountError: Record<string, string>;
  };

describe('the message for a refused amount', () => {
  const codes: AmountErrorCode[] = [
    'empty',
    'unknown_currency',
    'invalid_characters',
    'misplaced_separator',
    'negative_not_allowed',
    'too_large',
  ];

  it('names a key every UI language translates', () => {
    for (const lang of ['en', 'ro', 'fr', 'de']) {
      const keys = Object.keys(catalogue(lang).amountError);
      for (const code of codes)
        expect(keys).toContain(amountErrorMessage({ code }, lang).key.replace('amountError.', ''));
      expect(keys).toContain('no_decimals');
      expect(keys.some((k) => k.startsWith('too_many_decimals_'))).toBe(true);
    }
  });

  it('shows an example written as the reader writes numbers', () => {
    expect(amountErrorMessage({ code: 'misplaced_separator' }, 'de').values).toEqual({
      example: '1.234,56',
      decimal: ',',
    });
    expect(amountErrorMessage({ code: 'misplaced_separator' }, 'en').values).toEqual({
      example: '1,234.56',
      decimal: '.',
    });
  });

  it('says a yen amount takes no decimals, and a dinar amount three', () => {
    expect(amountErrorMessage({ code: 'too_many_decimals', decimals: 0 }, 'ro')).toEqual({
      key: 'amountError.no_decimals',
      values: {},
    });
    expect(amountErrorMessage({ code: 'too_many_decimals', decimals: 3 }, 'fr')).toEqual({
      key: 'amountError.too_many_decimals',
      values: { count: 3, decimal: ',' },
    });
  });
});
