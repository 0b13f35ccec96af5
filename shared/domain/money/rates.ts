import Big from 'big.js';
import { z } from 'zod';
import { IsoDate, text } from '../common';
import { Currency, type CurrencyCode } from './currencies';

export const RATE_SOURCES = ['inforeuro', 'ecb', 'bank', 'manual', 'csv'] as const;
export type RateSource = (typeof RATE_SOURCES)[number];
export const RateSource = z.enum(RATE_SOURCES);

/** Up to 12 digits before and 16 after the point, positive: "4.9750", "0.00021", "1". */
const DECIMAL = /^\d{1,12}(\.\d{1,16})?$/;

/** A positive decimal written with a point, as a string: a rate never passes through a float. */
export const RateDecimal = z
  .string()
  .trim()
  .regex(DECIMAL, { message: 'invalid_rate' })
  // zod runs every check even after the pattern failed: Big must only see a decimal.
  .refine((s) => !DECIMAL.test(s) || new Big(s).gt(0), { message: 'rate_not_positive' })
  // One spelling per value, so equal rates compare equal as strings ("4.9750" -> "4.975").
  .transform((s) => (DECIMAL.test(s) ? new Big(s).toFixed() : s));

/**
 * An exchange rate as the secretary records it: one unit of `from` is worth `rate` units of
 * `to` on `date` (1 EUR = 4.9750 RON). InforEuro publishes one rate per month (date = the
 * first of the month), the ECB one per working day, a bank's rate is what the bank applied.
 */
export const ExchangeRate = z
  .object({
    from: Currency,
    to: Currency,
    rate: RateDecimal,
    date: IsoDate,
    source: RateSource,
    note: text(500).default(''),
  })
  .refine((r) => r.from !== r.to, { message: 'same_currency', path: ['to'] });
export type ExchangeRate = z.output<typeof ExchangeRate>;

/** Rates are taken as their date says: InforEuro for its calendar month, the others from their day on. */
export interface RatePolicy {
  /** Sources to try, best first; the first that has a rate for the date wins. */
  sources: readonly RateSource[];
  /** How many days an ECB rate carries over (weekends and TARGET holidays have none). */
  ecbMaxAgeDays: number;
}

/** The bank's rate is what was paid; InforEuro is what EU grant agreements ask for. */
export const DEFAULT_RATE_POLICY: RatePolicy = {
  sources: ['bank', 'manual', 'csv', 'inforeuro', 'ecb'],
  ecbMaxAgeDays: 7,
};

/** How a rate turns `from` into `to`: by multiplying by a from→to rate or dividing by a to→from one. */
export type RateDirection = 'multiply' | 'divide';

export interface RateLeg {
  rate: ExchangeRate;
  direction: RateDirection;
}

export interface RateFound extends RateLeg {
  ok: true;
  /**
   * A second leg through the euro when no rate joins the two currencies directly: RON→PLN
   * as RON→EUR then EUR→PLN, since InforEuro and the ECB publish every rate against the euro.
   */
  second: RateLeg | null;
}

export interface RateMissing {
  ok: false;
  code: 'no_rate';
  from: CurrencyCode;
  to: CurrencyCode;
  date: string;
  /** The newest rate of the pair that exists but does not apply (a later date, an older month). */
  nearest: ExchangeRate | null;
}

export type RateLookup = RateFound | RateMissing;

function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
}

function applies(rate: ExchangeRate, date: string, policy: RatePolicy): boolean {
  if (rate.source === 'inforeuro') return rate.date.slice(0, 7) === date.slice(0, 7);
  if (rate.date > date) return false;
  if (rate.source === 'ecb') return daysBetween(rate.date, date) <= policy.ecbMaxAgeDays;
  return true;
}

const NOTHING = { before: null, after: null } as const;

/** The currency cross rates go through. */
const PIVOT: CurrencyCode = 'EUR';

/**
 * Rates grouped by currency pair and source, newest first, so that a summary of 50,000
 * entries looks each one up without scanning every rate.
 */
export class RateBook {
  /** from → to → source → rates, newest first: no key strings are built per lookup. */
  private readonly byPair = new Map<string, Map<string, Map<RateSource, ExchangeRate[]>>>();

  constructor(
    rates: readonly ExchangeRate[],
    readonly policy: RatePolicy = DEFAULT_RATE_POLICY,
  ) {
    for (const r of rates) {
      let tos = this.byPair.get(r.from);
      if (!tos) this.byPair.set(r.from, (tos = new Map()));
      let sources = tos.get(r.to);
      if (!sources) tos.set(r.to, (sources = new Map()));
      const list = sources.get(r.source);
      if (list) list.push(r);
      else sources.set(r.source, [r]);
    }
    for (const tos of this.byPair.values())
      for (const sources of tos.values())
        for (const list of sources.values())
          list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  }

  /** Around `date` for from→to of `source`: the newest rate on or before it, and the first after it. */
  private around(from: string, to: string, source: RateSource, date: string) {
    const list = this.byPair.get(from)?.get(to)?.get(source);
    if (!list) return NOTHING;
    // Newest first: binary search for the first entry dated on or before `date`.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as ExchangeRate).date > date) lo = mid + 1;
      else hi = mid;
    }
    return { before: list[lo] ?? null, after: lo > 0 ? (list[lo - 1] ?? null) : null };
  }

  /** The rate for a day: never 1 by default, never a rate from after the day. */
  lookup(from: CurrencyCode, to: CurrencyCode, date: string): RateLookup {
    const direct = this.lookupDirect(from, to, date);
    if (direct.ok || from === PIVOT || to === PIVOT) return direct;
    const first = this.lookupDirect(from, PIVOT, date);
    const second = first.ok ? this.lookupDirect(PIVOT, to, date) : null;
    if (first.ok && second?.ok) {
      return {
        ok: true,
        rate: first.rate,
        direction: first.direction,
        second: { rate: second.rate, direction: second.direction },
      };
    }
    return direct;
  }

  private lookupDirect(from: CurrencyCode, to: CurrencyCode, date: string): RateLookup {
    const near: ExchangeRate[] = [];
    for (const source of this.policy.sources) {
      // An InforEuro rate holds for its whole month, whatever day it was filed under.
      const until = source === 'inforeuro' ? `${date.slice(0, 7)}-31` : date;
      const direct = this.around(from, to, source, until);
      if (direct.before && applies(direct.before, date, this.policy)) {
        return { ok: true, rate: direct.before, direction: 'multiply', second: null };
      }
      const inverse = this.around(to, from, source, until);
      if (inverse.before && applies(inverse.before, date, this.policy)) {
        return { ok: true, rate: inverse.before, direction: 'divide', second: null };
      }
      for (const r of [direct.before, direct.after, inverse.before, inverse.after]) if (r) near.push(r);
    }
    // The closest rate in days, so the message can say "the nearest rate is of 4 May".
    const distance = (r: ExchangeRate) => Math.abs(daysBetween(r.date, date));
    const nearest = near.reduce<ExchangeRate | null>(
      (best, r) => (!best || distance(r) < distance(best) ? r : best),
      null,
    );
    return { ok: false, code: 'no_rate', from, to, date, nearest };
  }
}

/**
 * The opposite rate (1 RON = 0.2010050251 EUR from 1 EUR = 4.975 RON), to show; rounded to
 * `significant` digits, so conversions use the recorded rate and divide instead.
 */
export function invertRate(rate: ExchangeRate, significant = 10): ExchangeRate {
  const inverse = new Big(1).div(rate.rate).toPrecision(significant, Big.roundHalfUp);
  return {
    ...rate,
    from: rate.to,
    to: rate.from,
    rate: new Big(inverse).toFixed(),
    note: rate.note,
  };
}
