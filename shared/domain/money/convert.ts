import { z } from 'zod';
import { exponentOf, type CurrencyCode } from './currencies';
import { Money, money } from './money';
import { ExchangeRate, type RateBook, type RateDirection, type RateLeg, type RateMissing } from './rates';

/**
 * A converted amount never travels without the rate that made it: which rate, of which day,
 * from which source, and whether it was multiplied or divided by (a RON cost reported in EUR
 * is divided by the EUR→RON InforEuro rate, as EU grant rules do it).
 */
const Direction = z.enum(['multiply', 'divide']);

export const ConvertedAmount = z.object({
  original: Money,
  converted: Money,
  rate: ExchangeRate,
  direction: Direction,
  /** The second leg of a cross rate through the euro (RON→EUR→PLN); null for a direct rate. */
  second: z.object({ rate: ExchangeRate, direction: Direction }).nullable().default(null),
});
export type ConvertedAmount = z.output<typeof ConvertedAmount>;

/** A decimal string as an integer and a power of ten: "4.975" -> 4975 / 10^3. */
interface ScaledRate {
  units: bigint;
  scale: number;
  /** The same integer as a number, when it is a safe one (nearly always): the fast path. */
  unitsNumber: number;
}

const scaled = new Map<string, ScaledRate>();
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

function scaleRate(rate: string): ScaledRate {
  let s = scaled.get(rate);
  if (!s) {
    const [whole = '0', fraction = ''] = rate.split('.');
    const units = BigInt(whole + fraction);
    s = { units, scale: fraction.length, unitsNumber: units <= MAX_SAFE_BIG ? Number(units) : Number.NaN };
    if (scaled.size > 10_000) scaled.clear();
    scaled.set(rate, s);
  }
  return s;
}

const TEN = 10n;

/** numerator / denominator (denominator > 0) rounded to the nearest integer, halves away from zero. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const q = n / denominator;
  const r = n % denominator;
  const rounded = r * 2n >= denominator ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/**
 * The same rounding in plain numbers, for when numerator and denominator are safe integers:
 * the quotient's floor is corrected with the exact remainder, so float division's rounding
 * never decides a result.
 */
function divideHalfUpSafe(numerator: number, denominator: number): number {
  const n = Math.abs(numerator);
  let q = Math.floor(n / denominator);
  let r = n - q * denominator;
  if (r < 0) {
    q -= 1;
    r += denominator;
  } else if (r >= denominator) {
    q += 1;
    r -= denominator;
  }
  const rounded = r * 2 >= denominator ? q + 1 : q;
  // + 0 turns -0 into 0: a refund of less than half a unit converts to nothing, not to minus nothing.
  return numerator < 0 ? -rounded + 0 : rounded;
}

/** a × b when the product is a safe integer, else NaN. */
function safeTimes(a: number, b: number): number {
  const p = a * b;
  return Number.isSafeInteger(p) && (b === 0 || Math.abs(a) <= Number.MAX_SAFE_INTEGER / Math.abs(b))
    ? p
    : Number.NaN;
}

/**
 * `amount` of `from` in `to`, exactly: minor × rate × 10^(e_to − e_from) as a fraction of
 * integers, rounded once to the nearest minor unit of `to` (halves away from zero, so a
 * refund converts to minus the payment). No float and no intermediate rounding: safe
 * integers where they suffice, BigInt where they do not.
 */
export function convertMinor(
  amount: number,
  from: CurrencyCode,
  to: CurrencyCode,
  rate: string,
  direction: RateDirection,
): number {
  const { units, scale, unitsNumber } = scaleRate(rate);
  const shift = exponentOf(to) - exponentOf(from);
  const up = shift >= 0 ? 10 ** shift : 1;
  const down = shift < 0 ? 10 ** -shift : 1;
  const scaleFactor = 10 ** scale;
  // NaN (from an unsafe product) fails the test below and sends the sum to BigInt.
  const multiply = direction === 'multiply';
  const n = safeTimes(safeTimes(amount, multiply ? unitsNumber : scaleFactor), up);
  const d = safeTimes(multiply ? scaleFactor : unitsNumber, down);
  if (n === n && d === d) return divideHalfUpSafe(n, d);

  let numerator = BigInt(amount);
  let denominator = 1n;
  if (direction === 'multiply') {
    numerator *= units;
    denominator *= TEN ** BigInt(scale);
  } else {
    numerator *= TEN ** BigInt(scale);
    denominator *= units;
  }
  if (shift >= 0) numerator *= TEN ** BigInt(shift);
  else denominator *= TEN ** BigInt(-shift);
  return Number(divideHalfUp(numerator, denominator));
}

/** The BigInt path alone, to check the fast path against. */
export function convertMinorExact(
  amount: number,
  from: CurrencyCode,
  to: CurrencyCode,
  rate: string,
  direction: RateDirection,
): number {
  const { units, scale } = scaleRate(rate);
  const shift = exponentOf(to) - exponentOf(from);
  const [n, d] =
    direction === 'multiply'
      ? [BigInt(amount) * units, TEN ** BigInt(scale)]
      : [BigInt(amount) * TEN ** BigInt(scale), units];
  return Number(
    shift >= 0 ? divideHalfUp(n * TEN ** BigInt(shift), d) : divideHalfUp(n, d * TEN ** BigInt(-shift)),
  );
}

/**
 * Through two rates (a cross rate via the euro), still as one fraction of integers rounded
 * once, so RON→EUR→PLN does not round in euros on the way.
 */
export function convertMinorLegs(
  amount: number,
  from: CurrencyCode,
  to: CurrencyCode,
  legs: readonly { rate: string; direction: RateDirection }[],
): number {
  const first = legs[0];
  if (legs.length === 1 && first) return convertMinor(amount, from, to, first.rate, first.direction);
  let numerator = BigInt(amount);
  let denominator = 1n;
  for (const leg of legs) {
    const { units, scale } = scaleRate(leg.rate);
    const power = TEN ** BigInt(scale);
    if (leg.direction === 'multiply') {
      numerator *= units;
      denominator *= power;
    } else {
      numerator *= power;
      denominator *= units;
    }
  }
  const shift = exponentOf(to) - exponentOf(from);
  if (shift >= 0) numerator *= TEN ** BigInt(shift);
  else denominator *= TEN ** BigInt(-shift);
  return Number(divideHalfUp(numerator, denominator));
}

const legsOf = (c: { rate: ExchangeRate; direction: RateDirection; second: RateLeg | null }) => [
  { rate: c.rate.rate, direction: c.direction },
  ...(c.second ? [{ rate: c.second.rate.rate, direction: c.second.direction }] : []),
];

/** Converts with a rate already chosen; the rate must join the two currencies in one direction or the other. */
export function convertWith(original: Money, rate: ExchangeRate, to: CurrencyCode): ConvertedAmount {
  const direction: RateDirection | null =
    rate.from === original.currency && rate.to === to
      ? 'multiply'
      : rate.to === original.currency && rate.from === to
        ? 'divide'
        : null;
  if (!direction) {
    throw new Error(`a ${rate.from}→${rate.to} rate cannot convert ${original.currency} to ${to}`);
  }
  const amount = convertMinor(original.amount, original.currency, to, rate.rate, direction);
  return { original, converted: money(amount, to), rate, direction, second: null };
}

/** Does the recorded rate still give the recorded result? (It always should: the check guards stored data.) */
export function reproduce(c: ConvertedAmount): boolean {
  const again = convertMinorLegs(c.original.amount, c.original.currency, c.converted.currency, legsOf(c));
  return again === c.converted.amount;
}

export type Conversion =
  | { ok: true; value: ConvertedAmount | { original: Money; converted: Money; rate: null } }
  | { ok: false; missing: RateMissing; original: Money };

/**
 * The amount in `to` on `date`, with the rate used; an amount already in `to` needs no rate
 * (rate: null). A missing rate is a value to report, never a conversion at 1.
 */
export function convert(original: Money, to: CurrencyCode, date: string, book: RateBook): Conversion {
  if (original.currency === to) return { ok: true, value: { original, converted: original, rate: null } };
  const found = book.lookup(original.currency, to, date);
  if (!found.ok) return { ok: false, missing: found, original };
  const amount = convertMinorLegs(original.amount, original.currency, to, legsOf(found));
  return {
    ok: true,
    value: {
      original,
      converted: money(amount, to),
      rate: found.rate,
      direction: found.direction,
      second: found.second,
    },
  };
}
