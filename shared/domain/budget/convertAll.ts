import type { CurrencyCode } from '../money/currencies';
import { convertMinor, convertMinorLegs } from '../money/convert';
import type { Money } from '../money/money';
import type { ExchangeRate, RateBook, RateLookup, RateMissing } from '../money/rates';

/** An amount the report could not bring into the reporting currency, and why. */
export interface Unconverted {
  kind: 'line' | 'entry' | 'share';
  id: string;
  amount: Money;
  date: string;
  missing: RateMissing;
}

/**
 * Converts many amounts into one currency for a report: looks each (currency, day) up once,
 * remembers every rate it used (a report names them), and lists what it could not convert.
 */
export class ReportConverter {
  readonly unconverted: Unconverted[] = [];
  private readonly used = new Map<string, ExchangeRate>();
  private lastRemembered: RateLookup | null = null;
  /** The rate behind the last convert() (null: none was needed or none applied), for a ledger that shows it per row. */
  lastRate: ExchangeRate | null = null;
  /** The euro leg of a cross rate behind the last convert(), or null. */
  lastSecond: ExchangeRate | null = null;
  /** currency → day → lookup: a ledger of 50,000 entries has only a few thousand (currency, day) pairs. */
  private readonly lookups = new Map<string, Map<string, RateLookup>>();

  constructor(
    readonly reporting: CurrencyCode,
    private readonly book: RateBook,
  ) {}

  /** Minor units of the reporting currency, or null (and a line in `unconverted`). */
  convert(
    kind: Unconverted['kind'],
    id: string,
    amount: Money,
    date: string,
    recorded?: { amount: number; rate: ExchangeRate | null; second?: ExchangeRate | null } | null,
  ): number | null {
    this.lastRate = null;
    this.lastSecond = null;
    if (amount.currency === this.reporting) return amount.amount;
    if (recorded) {
      if (recorded.rate) this.remember(recorded.rate);
      if (recorded.second) this.remember(recorded.second);
      this.lastRate = recorded.rate;
      this.lastSecond = recorded.second ?? null;
      return recorded.amount;
    }
    let days = this.lookups.get(amount.currency);
    if (!days) {
      days = new Map();
      this.lookups.set(amount.currency, days);
    }
    let found = days.get(date);
    if (!found) {
      found = this.book.lookup(amount.currency, this.reporting, date);
      days.set(date, found);
    }
    if (!found.ok) {
      this.unconverted.push({ kind, id, amount, date, missing: found });
      return null;
    }
    this.lastRate = found.rate;
    this.lastSecond = found.second?.rate ?? null;
    if (found !== this.lastRemembered) {
      this.remember(found.rate);
      if (found.second) this.remember(found.second.rate);
      this.lastRemembered = found;
    }
    if (found.second) {
      return convertMinorLegs(amount.amount, amount.currency, this.reporting, [
        { rate: found.rate.rate, direction: found.direction },
        { rate: found.second.rate.rate, direction: found.second.direction },
      ]);
    }
    return convertMinor(amount.amount, amount.currency, this.reporting, found.rate.rate, found.direction);
  }

  private readonly usedObjects = new Set<ExchangeRate>();

  private remember(rate: ExchangeRate): void {
    if (this.usedObjects.has(rate)) return;
    this.usedObjects.add(rate);
    const key = `${rate.from}|${rate.to}|${rate.date}|${rate.source}|${rate.rate}`;
    if (!this.used.has(key)) this.used.set(key, rate);
  }

  /** Every rate used, by pair then date, as the report lists them. */
  ratesUsed(): ExchangeRate[] {
    return [...this.used.values()].sort((a, b) =>
      a.from !== b.from
        ? a.from < b.from
          ? -1
          : 1
        : a.to !== b.to
          ? a.to < b.to
            ? -1
            : 1
          : a.date < b.date
            ? -1
            : a.date > b.date
              ? 1
              : 0,
    );
  }
}
