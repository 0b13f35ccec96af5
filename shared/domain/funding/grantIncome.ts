import type { IncomeEntry, LedgerEntry } from '../budget/model';
import { ReportConverter, type Unconverted } from '../budget/convertAll';
import type { CurrencyCode } from '../money/currencies';
import { money, type Money } from '../money/money';
import type { ExchangeRate, RateBook } from '../money/rates';
import type { Application } from './application';

export interface BookedIncome {
  entryId: string;
  date: string;
  counterparty: string;
  amount: Money;
  /** In the application's currency; null when no rate applies (listed in `unconverted`). */
  converted: Money | null;
}

export interface GrantIncome {
  currency: CurrencyCode;
  requested: Money | null;
  awarded: Money | null;
  advanced: Money | null;
  paid: Money | null;
  /** The ledger's income booked against the application, each converted on its own day. */
  entries: BookedIncome[];
  /** The sum of the converted entries; the unconverted ones are left out, never taken at 1. */
  booked: Money;
  unconverted: Unconverted[];
  ratesUsed: ExchangeRate[];
}

/** The application's currency: that of its amounts (they share one), else the programme's. */
export function applicationCurrency(
  a: Pick<Application, 'amounts' | 'plannedCosts'>,
  programmeCurrency: CurrencyCode,
): CurrencyCode {
  const first = [
    a.amounts.requested,
    a.amounts.awarded,
    a.amounts.advanced,
    a.amounts.paid,
    a.plannedCosts,
  ].find((m) => m !== null);
  return first?.currency ?? programmeCurrency;
}

const isBookedOn = (e: LedgerEntry, applicationId: string): e is IncomeEntry =>
  e.direction === 'income' && e.source.applicationId === applicationId;

/**
 * Requested, awarded, advanced and paid as the application records them, next to the income
 * the ledger holds against it, converted into the application's currency with the rates the
 * committee recorded (a confirmed conversion into that currency wins).
 */
export function grantIncome(
  a: Pick<Application, 'id' | 'amounts' | 'plannedCosts'>,
  ledger: readonly LedgerEntry[],
  book: RateBook,
  programmeCurrency: CurrencyCode,
): GrantIncome {
  const currency = applicationCurrency(a, programmeCurrency);
  const conv = new ReportConverter(currency, book);
  let booked = 0;
  const entries = ledger
    .filter((e) => isBookedOn(e, a.id))
    .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id))
    .map((e): BookedIncome => {
      const c = e.conversion;
      const recorded =
        c && c.converted.currency === currency && c.original.amount === e.amount.amount
          ? { amount: c.converted.amount, rate: c.rate, second: c.second?.rate ?? null }
          : null;
      const n = conv.convert('entry', e.id, e.amount, e.date, recorded);
      if (n !== null) booked += n;
      return {
        entryId: e.id,
        date: e.date,
        counterparty: e.counterparty,
        amount: e.amount,
        converted: n === null ? null : money(n, currency),
      };
    });
  return {
    currency,
    ...a.amounts,
    entries,
    booked: money(booked, currency),
    unconverted: conv.unconverted,
    ratesUsed: conv.ratesUsed(),
  };
}
