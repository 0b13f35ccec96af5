import { z } from 'zod';
import { Currency, exponentOf, type CurrencyCode } from './currencies';

/**
 * An amount of money: a whole number of minor units (cents, bani, groszy; yen; fils) and the
 * ISO 4217 code that says how many minor units make one major unit. No float ever holds an
 * amount: `amount` is a safe integer, checked on every operation.
 */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

export const MinorUnits = z.number().int().refine(Number.isSafeInteger, { message: 'amount_too_large' });

export const Money = z.object({ amount: MinorUnits, currency: Currency });

/** Thrown for programming errors only (mixed currencies, overflow): user input is refused earlier, as values. */
export class MoneyError extends Error {
  constructor(
    readonly code: 'currency_mismatch' | 'amount_too_large' | 'not_an_integer' | 'no_ratios',
    message: string,
  ) {
    super(message);
    this.name = 'MoneyError';
  }
}

function checked(amount: number): number {
  if (!Number.isSafeInteger(amount)) {
    throw new MoneyError('amount_too_large', `${amount} is not a safe integer of minor units`);
  }
  return amount;
}

export function money(amount: number, currency: CurrencyCode): Money {
  if (!Number.isInteger(amount)) throw new MoneyError('not_an_integer', `${amount} is not whole minor units`);
  // -0 would print as "-0,00" in some locales.
  return { amount: checked(amount) + 0, currency };
}

export function zero(currency: CurrencyCode): Money {
  return { amount: 0, currency };
}

function same(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError(
      'currency_mismatch',
      `cannot combine ${a.currency} with ${b.currency}: convert first`,
    );
  }
}

export function add(a: Money, b: Money): Money {
  same(a, b);
  return money(checked(a.amount + b.amount), a.currency);
}

export function subtract(a: Money, b: Money): Money {
  same(a, b);
  return money(checked(a.amount - b.amount), a.currency);
}

export function negate(a: Money): Money {
  return money(-a.amount, a.currency);
}

/** Multiplies by a whole number (nights × price per night); fractions go through allocate or convert. */
export function times(a: Money, factor: number): Money {
  if (!Number.isInteger(factor)) throw new MoneyError('not_an_integer', `${factor} is not a whole factor`);
  return money(checked(a.amount * factor), a.currency);
}

/** The total of amounts in one currency; an empty list is zero of `currency`. */
export function sum(items: readonly Money[], currency: CurrencyCode): Money {
  let total = 0;
  for (const m of items) {
    if (m.currency !== currency) same({ amount: 0, currency }, m);
    total = checked(total + m.amount);
  }
  return money(total, currency);
}

/** -1, 0 or 1, as Array.prototype.sort wants; only within one currency. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  same(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}

export const isZero = (a: Money) => a.amount === 0;
export const isNegative = (a: Money) => a.amount < 0;
export const isPositive = (a: Money) => a.amount > 0;

/** The major units as an exact decimal string ("-1234.56", "7", "0.005"): for CSV and logs, never for sums. */
export function toDecimalString(a: Money): string {
  const exp = exponentOf(a.currency);
  const digits = Math.abs(a.amount).toString();
  const sign = a.amount < 0 ? '-' : '';
  if (exp === 0) return `${sign}${digits}`;
  const padded = digits.padStart(exp + 1, '0');
  return `${sign}${padded.slice(0, -exp)}.${padded.slice(-exp)}`;
}

/**
 * Splits `total` in proportion to non-negative whole `ratios` (shares, percentages in basis
 * points…), so that the parts add up to the total exactly: each part gets the floor of its
 * exact share, and the minor units left over go one each to the parts with the largest
 * remainders (earlier parts first on a tie). BigInt inside, so amount × ratio cannot overflow.
 */
export function allocate(total: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0) throw new MoneyError('no_ratios', 'allocate needs at least one ratio');
  for (const r of ratios) {
    if (!Number.isSafeInteger(r) || r < 0)
      throw new MoneyError('not_an_integer', `ratio ${r} is not a whole number ≥ 0`);
  }
  const weights = ratios.map(BigInt);
  const whole = weights.reduce((a, b) => a + b, 0n);
  // All ratios zero: split evenly, as a treasurer would.
  const w = whole === 0n ? weights.map(() => 1n) : weights;
  const denominator = whole === 0n ? BigInt(weights.length) : whole;
  const sign = total.amount < 0 ? -1n : 1n;
  const magnitude = BigInt(Math.abs(total.amount));
  const parts = w.map((r) => (magnitude * r) / denominator);
  const remainders = w.map((r, i) => ({ i, rest: (magnitude * r) % denominator }));
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    // A zero ratio never receives a leftover unit (unless every ratio is zero).
    if (w[i] === 0n) continue;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => money(Number(p * sign), total.currency));
}
