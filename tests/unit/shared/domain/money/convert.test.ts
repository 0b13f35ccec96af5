import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../../../../shared/domain/money/currencies';
import {
  ConvertedAmount,
  convert,
  convertMinor,
  convertMinorExact,
  convertMinorLegs,
  convertWith,
  reproduce,
} from '../../../../../shared/domain/money/convert';
import { allocate, money, sum } from '../../../../../shared/domain/money/money';
import { ExchangeRate, invertRate, RateBook } from '../../../../../shared/domain/money/rates';

const rate = (from: string, to: string, value: string, date: string, source = 'ecb') =>
  ExchangeRate.parse({ from, to, rate: value, date, source });

describe('exchange rates as data', () => {
  it('keeps the rate as a normalised decimal string and refuses floats, zero and junk', () => {
    expect(rate('EUR', 'RON', '4.9750', '2026-05-04').rate).toBe('4.975');
    for (const bad of ['0', '-4.97', '4,975', '1e3', 'abc', '']) {
      expect(
        ExchangeRate.safeParse({ from: 'EUR', to: 'RON', rate: bad, date: '2026-05-04', source: 'ecb' })
          .success,
      ).toBe(false);
    }
    expect(
      ExchangeRate.safeParse({ from: 'EUR', to: 'RON', rate: 4.975, date: '2026-05-04', source: 'ecb' })
        .success,
    ).toBe(false);
    expect(
      ExchangeRate.safeParse({ from: 'EUR', to: 'EUR', rate: '1', date: '2026-05-04', source: 'manual' })
        .success,
    ).toBe(false);
  });

  it('takes an ECB rate from the latest working day on or before the date, and none from after it', () => {
    const book = new RateBook([
      rate('EUR', 'RON', '4.97', '2026-05-01'),
      rate('EUR', 'RON', '4.98', '2026-05-04'),
    ]);
    // Saturday 2 May and Sunday 3 May have no ECB rate: Friday's holds.
    expect(book.lookup('EUR', 'RON', '2026-05-03')).toMatchObject({
      ok: true,
      rate: { rate: '4.97', date: '2026-05-01' },
    });
    expect(book.lookup('EUR', 'RON', '2026-05-04')).toMatchObject({ ok: true, rate: { rate: '4.98' } });
    expect(book.lookup('EUR', 'RON', '2026-04-30')).toMatchObject({
      ok: false,
      code: 'no_rate',
      nearest: { date: '2026-05-01' },
    });
    // A week and more without a rate is not a weekend: say so rather than use a stale rate.
    expect(book.lookup('EUR', 'RON', '2026-05-20')).toMatchObject({
      ok: false,
      nearest: { date: '2026-05-04' },
    });
  });

  it('takes an InforEuro rate for its whole calendar month, and never for the next month', () => {
    const book = new RateBook([rate('EUR', 'PLN', '4.2611', '2026-05-01', 'inforeuro')], {
      sources: ['inforeuro'],
      ecbMaxAgeDays: 7,
    });
    expect(book.lookup('EUR', 'PLN', '2026-05-31')).toMatchObject({ ok: true, direction: 'multiply' });
    expect(book.lookup('PLN', 'EUR', '2026-05-01')).toMatchObject({ ok: true, direction: 'divide' });
    expect(book.lookup('EUR', 'PLN', '2026-06-01')).toMatchObject({
      ok: false,
      from: 'EUR',
      to: 'PLN',
      date: '2026-06-01',
    });
    expect(book.lookup('EUR', 'PLN', '2026-04-30').ok).toBe(false);
  });

  it('prefers the sources of the policy in order: the bank rate that was paid before the ECB reference', () => {
    const book = new RateBook([
      rate('EUR', 'RON', '4.97', '2026-05-04'),
      rate('EUR', 'RON', '5.02', '2026-05-04', 'bank'),
    ]);
    expect(book.lookup('EUR', 'RON', '2026-05-04')).toMatchObject({
      ok: true,
      rate: { source: 'bank', rate: '5.02' },
    });
  });

  it('shows the inverse rate, rounded for reading', () => {
    expect(invertRate(rate('EUR', 'RON', '4.975', '2026-05-04'))).toMatchObject({
      from: 'RON',
      to: 'EUR',
      rate: '0.2010050251',
    });
  });
});

describe('conversion', () => {
  const book = new RateBook(
    [rate('EUR', 'RON', '4.9750', '2026-05-01', 'inforeuro'), rate('EUR', 'JPY', '162.37', '2026-05-04')],
    {
      sources: ['inforeuro', 'ecb'],
      ecbMaxAgeDays: 7,
    },
  );

  it('divides a RON cost by the EUR→RON InforEuro rate and keeps the rate, its date and its source', () => {
    const result = convert(money(123456, 'RON'), 'EUR', '2026-05-20', book);
    expect(result).toMatchObject({
      ok: true,
      value: {
        original: { amount: 123456, currency: 'RON' },
        // 1234.56 / 4.975 = 248.1527…
        converted: { amount: 24815, currency: 'EUR' },
        rate: { rate: '4.975', date: '2026-05-01', source: 'inforeuro' },
        direction: 'divide',
      },
    });
  });

  it('converts between exponents: euros to yen and back to the minor unit', () => {
    expect(convertMinor(1050, 'EUR', 'JPY', '162.37', 'multiply')).toBe(1705); // 10.50 × 162.37 = 1704.885
    expect(convertMinor(1705, 'JPY', 'EUR', '162.37', 'divide')).toBe(1050);
    expect(convertMinor(1000, 'KWD', 'EUR', '0.3333', 'divide')).toBe(300); // 1.000 KWD / 0.3333
  });

  it('rounds halves away from zero, so a refund converts to minus the payment', () => {
    expect(convertMinor(5, 'EUR', 'EUR', '0.5', 'multiply')).toBe(3);
    expect(convertMinor(-5, 'EUR', 'EUR', '0.5', 'multiply')).toBe(-3);
  });

  it('reports a missing rate with the amount, and never converts at 1', () => {
    const result = convert(money(5000, 'PLN'), 'EUR', '2026-05-20', book);
    expect(result).toMatchObject({
      ok: false,
      original: { amount: 5000, currency: 'PLN' },
      missing: { code: 'no_rate', from: 'PLN', to: 'EUR' },
    });
  });

  it('needs no rate for an amount already in the reporting currency', () => {
    expect(convert(money(1, 'EUR'), 'EUR', '2026-05-20', book)).toMatchObject({
      ok: true,
      value: { rate: null },
    });
  });

  const currencies: CurrencyCode[] = ['JPY', 'EUR', 'KWD', 'RON', 'ISK'];
  const anyRate = fc
    .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 3, max: 8 }))
    .map(([units, scale]) => {
      const s = units.toString().padStart(scale + 1, '0');
      return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
    });

  it('reproduces every conversion from its recorded rate, in exponents 0, 2 and 3', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e7, max: 1e7 }),
        fc.constantFrom(...currencies),
        fc.constantFrom(...currencies),
        anyRate,
        (amount, from, to, value) => {
          fc.pre(from !== to);
          const r = rate(from, to, value, '2026-05-04', 'manual');
          const c = convertWith(money(amount, from), r, to);
          expect(reproduce(ConvertedRoundTrip(c))).toBe(true);
          // Within half a minor unit of the exact product, computed here another way.
          const exact =
            (BigInt(amount) * BigInt(value.replace('.', '')) * 10n ** 6n) /
            10n ** BigInt(value.split('.')[1]?.length ?? 0);
          const shift = 10 ** (expOf(to) - expOf(from));
          expect(Math.abs(c.converted.amount - (Number(exact) / 1e6) * shift)).toBeLessThanOrEqual(
            0.5 * Math.max(1, shift) + 1e-9 * Math.abs(amount * Number(value) * shift),
          );
        },
      ),
    );
  });

  it('converts parts of an allocation so that they add up to the converted total within one unit per part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        anyRate,
        (x, ratios, value) => {
          const r = rate('RON', 'EUR', value, '2026-05-04', 'manual');
          const total = convertWith(money(x, 'RON'), r, 'EUR').converted;
          const parts = allocate(money(x, 'RON'), ratios).map((p) => convertWith(p, r, 'EUR').converted);
          expect(Math.abs(sum(parts, 'EUR').amount - total.amount)).toBeLessThanOrEqual(ratios.length);
          // Allocating the converted total instead is exact: that is what reports do.
          expect(sum(allocate(total, ratios), 'EUR')).toEqual(total);
        },
      ),
    );
  });
});

function expOf(c: CurrencyCode): number {
  return { JPY: 0, ISK: 0, EUR: 2, RON: 2, KWD: 3 }[c as 'JPY'] ?? 2;
}

/** A stored conversion comes back through JSON: the check must hold after that too. */
function ConvertedRoundTrip<T>(c: T): T {
  return JSON.parse(JSON.stringify(c)) as T;
}

describe('the fast path of conversion', () => {
  it('gives the same minor units as exact BigInt arithmetic, near the edge of safe integers too', () => {
    const currencies: CurrencyCode[] = ['JPY', 'EUR', 'KWD'];
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e12, max: 1e12 })),
        fc.constantFrom(...currencies),
        fc.constantFrom(...currencies),
        fc.tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: 0, max: 12 })),
        fc.constantFrom('multiply' as const, 'divide' as const),
        (amount, from, to, [units, scale], direction) => {
          const s = units.toString().padStart(scale + 1, '0');
          const value = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
          let exact: number;
          try {
            exact = convertMinorExact(amount, from, to, value, direction);
          } catch {
            return;
          }
          if (!Number.isSafeInteger(exact)) return;
          expect(convertMinor(amount, from, to, value, direction)).toBe(exact);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('cross rates through the euro', () => {
  const book = new RateBook(
    [
      rate('EUR', 'RON', '4.981', '2026-07-01', 'inforeuro'),
      rate('EUR', 'PLN', '4.2611', '2026-07-01', 'inforeuro'),
    ],
    { sources: ['inforeuro'], ecbMaxAgeDays: 7 },
  );

  it('converts PLN to RON through the two euro rates, rounding once, and keeps both rates', () => {
    const result = convert(money(1278330, 'PLN'), 'RON', '2026-07-15', book);
    // 12,783.30 / 4.2611 × 4.981 = 14,943.00… RON, computed as one fraction.
    expect(result).toMatchObject({
      ok: true,
      value: {
        converted: {
          amount: convertMinorLegs(1278330, 'PLN', 'RON', [
            { rate: '4.2611', direction: 'divide' },
            { rate: '4.981', direction: 'multiply' },
          ]),
          currency: 'RON',
        },
        rate: { from: 'EUR', to: 'PLN' },
        direction: 'divide',
        second: { rate: { from: 'EUR', to: 'RON' }, direction: 'multiply' },
      },
    });
    if (result.ok && result.value.rate) expect(reproduce(ConvertedAmount.parse(result.value))).toBe(true);
  });

  it('reports a missing rate when one of the two legs is missing', () => {
    expect(convert(money(100, 'PLN'), 'HUF', '2026-07-15', book)).toMatchObject({
      ok: false,
      missing: { from: 'PLN', to: 'HUF' },
    });
  });

  it('rounds a cross conversion once, not in euros on the way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), (amount) => {
        const once = convertMinorLegs(amount, 'PLN', 'RON', [
          { rate: '4.2611', direction: 'divide' },
          { rate: '4.981', direction: 'multiply' },
        ]);
        const exact = (amount / 4.2611) * 4.981;
        expect(Math.abs(once - exact)).toBeLessThanOrEqual(0.5 + 1e-6 * exact);
      }),
    );
  });
});
