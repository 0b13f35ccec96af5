import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../../../../shared/domain/money/currencies';
import { formatAmount, formatMoney } from '../../../../../shared/domain/money/formatMoney';
import { money } from '../../../../../shared/domain/money/money';
import { parseAmount } from '../../../../../shared/domain/money/parseAmount';

const read = (input: string, language: string, currency = 'EUR', allowNegative = false) =>
  parseAmount(input, { language, currency, allowNegative });

describe('amounts typed by people', () => {
  it.each([
    ['1.234,56', 'ro', 123456],
    ['1.234,56', 'de', 123456],
    ['1\u202f234,56', 'fr', 123456],
    ['1\u00a0234,56', 'fr', 123456],
    ['1 234,56', 'fr', 123456],
    ['1234,56', 'de', 123456],
    ['1,234.56', 'en', 123456],
    ['1234.56', 'en', 123456],
    ['0,5', 'ro', 50],
    [',5', 'de', 50],
    ['12', 'en', 1200],
    ['12,500', 'de', 1250],
    ['1.234.567,8', 'ro', 123456780],
    ['  7  ', 'fr', 700],
    ['1.234,56 RON', 'ro', 123456],
    ['€1,234.56', 'en', 123456],
    ['1 234,56 €', 'fr', 123456],
  ])('reads %j in %s as %i minor units', (input, language, minor) => {
    const currency = input.includes('RON') ? 'RON' : 'EUR';
    expect(read(input, language, currency)).toEqual({ ok: true, value: { amount: minor, currency } });
  });

  it('reads the English thousands mark as grouping, never as decimals', () => {
    expect(read('1,234', 'en')).toMatchObject({ value: { amount: 123400 } });
    expect(read('1.234', 'de')).toMatchObject({ value: { amount: 123400 } });
  });

  it.each([
    ['', 'ro', 'empty'],
    ['   ', 'en', 'empty'],
    ['12abc', 'de', 'invalid_characters'],
    ['1e5', 'en', 'invalid_characters'],
    ['12.5', 'de', 'misplaced_separator'],
    ['1,23.5', 'en', 'misplaced_separator'],
    ['1234,56', 'en', 'misplaced_separator'],
    ['1,2,3', 'ro', 'misplaced_separator'],
    ['12,', 'fr', 'misplaced_separator'],
    ['1.234 567,1', 'de', 'misplaced_separator'],
    ['1,234', 'ro', 'too_many_decimals'],
    ['-5', 'en', 'negative_not_allowed'],
    ['−5,00', 'fr', 'negative_not_allowed'],
    ['99999999999999999', 'en', 'too_large'],
  ])('refuses %j in %s with the code %s', (input, language, code) => {
    expect(read(input, language)).toMatchObject({ ok: false, error: { code } });
  });

  it('says how many decimals the currency has: none for yen, three for dinars', () => {
    expect(read('100,5', 'ro', 'JPY')).toEqual({
      ok: false,
      error: { code: 'too_many_decimals', decimals: 0 },
    });
    expect(read('1,2345', 'de', 'KWD')).toEqual({
      ok: false,
      error: { code: 'too_many_decimals', decimals: 3 },
    });
    expect(read('1,234', 'de', 'KWD')).toEqual({ ok: true, value: { amount: 1234, currency: 'KWD' } });
    expect(read('1.500', 'de', 'JPY')).toEqual({ ok: true, value: { amount: 1500, currency: 'JPY' } });
  });

  it('refuses a currency it does not know', () => {
    expect(read('12', 'en', 'XYZ')).toEqual({ ok: false, error: { code: 'unknown_currency' } });
  });

  it('reads a refund where a negative is allowed', () => {
    expect(read('-1.234,56', 'de', 'EUR', true)).toMatchObject({ ok: true, value: { amount: -123456 } });
  });

  it('formats with the ISO exponent, not Intl display digits: forints keep their fillér', () => {
    expect(formatMoney(money(123450, 'HUF'), 'de')).toBe('1.234,50\u00a0HUF');
    expect(formatMoney(money(123456, 'RON'), 'ro')).toBe('1.234,56\u00a0RON');
    expect(formatMoney(money(1234, 'KWD'), 'en')).toBe('KWD\u00a01.234');
    expect(formatAmount(money(123456, 'EUR'), 'fr')).toBe('1\u202f234,56');
  });

  const languages = ['en', 'ro', 'fr', 'de'];
  const currencies: CurrencyCode[] = ['JPY', 'ISK', 'EUR', 'RON', 'HUF', 'PLN', 'KWD', 'TND'];
  it('gives back every formatted amount, with or without the currency, in every UI language and exponent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(...currencies),
        fc.constantFrom(...languages),
        (amount, currency, language) => {
          const m = money(amount, currency);
          for (const text of [formatMoney(m, language), formatAmount(m, language)]) {
            expect(parseAmount(text, { language, currency, allowNegative: true })).toEqual({
              ok: true,
              value: m,
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
