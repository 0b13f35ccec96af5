import * as dineroCurrencies from 'dinero.js/currencies';
import { allocate as dineroAllocate, dinero, toSnapshot } from 'dinero.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCY_CODES,
  Currency,
  exponentOf,
  type CurrencyCode,
} from '../../../../../shared/domain/money/currencies';
import {
  add,
  allocate,
  compare,
  money,
  Money,
  MoneyError,
  subtract,
  sum,
  times,
  toDecimalString,
} from '../../../../../shared/domain/money/money';

const BY_EXPONENT: Record<0 | 2 | 3, CurrencyCode> = { 0: 'JPY', 2: 'EUR', 3: 'KWD' };
const amount = fc.integer({ min: -1e12, max: 1e12 });

describe('currencies', () => {
  it('takes exponents from ISO 4217, as dinero.js lists them, not from Intl display digits', () => {
    const table: Record<string, { exponent: number } | undefined> = { ...dineroCurrencies };
    for (const code of CURRENCY_CODES)
      expect([code, table[code]?.exponent]).toEqual([code, exponentOf(code)]);
    // Intl shows Hungarian forints without fillér; ISO 4217 counts two decimals.
    expect(
      new Intl.NumberFormat('hu', { style: 'currency', currency: 'HUF' }).resolvedOptions()
        .maximumFractionDigits,
    ).toBe(0);
    expect(exponentOf('HUF')).toBe(2);
  });

  it('refuses a currency it does not know, with the code the UI translates', () => {
    const result = Currency.safeParse('XYZ');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown_currency');
  });
});

describe('Money arithmetic', () => {
  it('adds 62314.84 and 2164.06 EUR to exactly 64478.90, where floats do not', () => {
    expect(62314.84 + 2164.06).not.toBe(64478.9);
    expect(add(money(6231484, 'EUR'), money(216406, 'EUR'))).toEqual(money(6447890, 'EUR'));
  });

  it('never adds two currencies together', () => {
    expect(() => add(money(1, 'EUR'), money(1, 'RON'))).toThrow(MoneyError);
    expect(() => sum([money(1, 'EUR'), money(1, 'PLN')], 'EUR')).toThrow(/convert first/);
  });

  it('refuses fractions of a minor unit and amounts beyond safe integers', () => {
    expect(() => money(1.5, 'EUR')).toThrow(MoneyError);
    expect(() => times(money(Number.MAX_SAFE_INTEGER, 'EUR'), 2)).toThrow(/safe integer/);
    expect(Money.safeParse({ amount: 12.5, currency: 'EUR' }).success).toBe(false);
    expect(Money.safeParse({ amount: 1250, currency: 'EUR' }).success).toBe(true);
  });

  it('writes exact decimal strings in every exponent', () => {
    expect(toDecimalString(money(-123456, 'EUR'))).toBe('-1234.56');
    expect(toDecimalString(money(5, 'KWD'))).toBe('0.005');
    expect(toDecimalString(money(7, 'JPY'))).toBe('7');
    expect(toDecimalString(money(-5, 'RON'))).toBe('-0.05');
  });

  for (const exp of [0, 2, 3] as const) {
    const currency = BY_EXPONENT[exp];
    it(`sums ${currency} amounts (exponent ${exp}) in any order to the same total, and subtraction undoes addition`, () => {
      fc.assert(
        fc.property(fc.array(amount, { maxLength: 40 }), (xs) => {
          const items = xs.map((x) => money(x, currency));
          const total = sum(items, currency);
          expect(total.amount).toBe(xs.reduce((a, b) => a + b, 0));
          expect(sum([...items].reverse(), currency)).toEqual(total);
          for (const m of items) expect(subtract(add(total, m), m)).toEqual(total);
        }),
      );
    });

    it(`allocates ${currency} (exponent ${exp}) by ratios without losing or creating a minor unit`, () => {
      fc.assert(
        fc.property(
          amount,
          fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }),
          (x, ratios) => {
            const total = money(x, currency);
            const parts = allocate(total, ratios);
            expect(sum(parts, currency)).toEqual(total);
            const weight = ratios.reduce((a, b) => a + b, 0);
            parts.forEach((p, i) => {
              // Each part is within one minor unit of its exact share.
              const exact = weight === 0 ? x / ratios.length : (x * (ratios[i] ?? 0)) / weight;
              expect(Math.abs(p.amount - exact)).toBeLessThan(1 + 1e-6 * Math.abs(x));
              if (weight > 0 && ratios[i] === 0) expect(p.amount).toBe(0);
            });
          },
        ),
      );
    });
  }

  it('allocates the same totals as dinero.js, part by part, where both split 100 EUR by 1:1:1', () => {
    const ours = allocate(money(10000, 'EUR'), [1, 1, 1]).map((m) => m.amount);
    const theirs = dineroAllocate(dinero({ amount: 10000, currency: dineroCurrencies.EUR }), [1, 1, 1]).map(
      (d) => toSnapshot(d).amount,
    );
    expect(ours).toEqual([3334, 3333, 3333]);
    expect(ours.reduce((a, b) => a + b)).toBe(theirs.reduce((a, b) => a + b));
  });

  it('splits a refund the way it splits the payment, with the sign', () => {
    expect(allocate(money(-10000, 'EUR'), [1, 1, 1]).map((m) => m.amount)).toEqual([-3334, -3333, -3333]);
  });

  it('gives the leftover units to the largest remainders, so 80/20 of 0.99 is 0.79 and 0.20', () => {
    expect(allocate(money(99, 'EUR'), [80, 20]).map((m) => m.amount)).toEqual([79, 20]);
  });

  it('compares within one currency', () => {
    expect(compare(money(1, 'RON'), money(2, 'RON'))).toBe(-1);
    expect([money(3, 'PLN'), money(-1, 'PLN'), money(2, 'PLN')].sort(compare).map((m) => m.amount)).toEqual([
      -1, 2, 3,
    ]);
  });
});
