import { z } from 'zod';
import { exponentOf, type CurrencyCode } from './currencies';
import { Money, money } from './money';
import { ExchangeRate, type RateBook, type RateDirection, type RateMissing } from './rates';

/**
 * A converted amount never travels without the rate that made it: which rate, of which day,
 * from which source, and whether it was multiplied or divided by (a RON cost reported in EUR
 * is divided by the EUR→RON InforEuro rate, as EU grant rules do it).
 */
export const ConvertedAmount = z.object({
  original: Money,
  converted: Money,
  rate: ExchangeRate,
  direction: z.enum(['multiply', 'divide']),
});
export type ConvertedAmount = z.output<typeof ConvertedAmount>;

/** A decimal string as an integer and a power of ten: "4.975" -> 4975n / 10^3. */
interface ScaledRate {
  units: bigint;
  scale: number;
}

const scaled = new Map<string, ScaledRate>();

function scaleRate(rate: string): ScaledRate {
  let s = scaled.get(rate);
  if (!s) {
    const [whole = '0', fraction = ''] = rate.split('.');
    s = { units: BigInt(whole + fraction), scale: fraction.length };
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
 * `amount` of `from` in `to`, exactly: minor × rate × 10^(e_to − e_from) as a fraction of
 * integers, rounded once to the nearest minor unit of `to` (halves away from zero, so a
 * refund converts to minus the payment). No float and no intermediate rounding.
 */
export function convertMinor(
  amount: number,
  from: CurrencyCode,
  to: CurrencyCode,
  rate: string,
  direction: RateDirection,
): number {
  const { units, scale } = scaleRate(rate);
  const shift = exponentOf(to) - exponentOf(from);
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
  const result = Number(divideHalfUp(numerator, denominator));
  return result;
}

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
  return { original, converted: money(amount, to), rate, direction };
}

/** Does the recorded rate still give the recorded result? (It always should: the check guards stored data.) */
export function reproduce(c: ConvertedAmount): boolean {
  const again = convertMinor(
    c.original.amount,
    c.original.currency,
    c.converted.currency,
    c.rate.rate,
    c.direction,
  );
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
  const amount = convertMinor(original.amount, original.currency, to, found.rate.rate, found.direction);
  return {
    ok: true,
    value: { original, converted: money(amount, to), rate: found.rate, direction: found.direction },
  };
}
