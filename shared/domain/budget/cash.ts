import type { CurrencyCode } from '../money/currencies';
import { money, type Money } from '../money/money';
import type { RateBook } from '../money/rates';
import { ReportConverter, type Unconverted } from './convertAll';
import type { LedgerEntry } from './model';
import type { FunderBalance } from './cofinancing';
import { owedToVolunteers, type OwedToVolunteer } from './volunteers';

export interface CashPoint {
  /** YYYY-MM: the balance is the one at the end of that month. */
  month: string;
  income: Money;
  expense: Money;
  balance: Money;
}

export interface CashPosition {
  points: CashPoint[];
  /** The balance after the last entry. */
  closing: Money;
  /** Still to come from funders (advances and balances), and still to pay to volunteers. */
  dueFromFunders: Money;
  owedToVolunteers: Money;
  /** Closing balance + due from funders − owed to volunteers: where the committee will stand. */
  projected: Money;
  unconverted: Unconverted[];
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/**
 * The committee's cash month by month in the reporting currency, every month from the first
 * entry to the last (a month without movement keeps its balance), and where it will stand
 * once funders pay what they owe and volunteers are paid back.
 */
export function cashPosition(
  entries: readonly LedgerEntry[],
  options: {
    reporting: CurrencyCode;
    book: RateBook;
    opening?: Money;
    funders?: readonly FunderBalance[];
    volunteers?: readonly OwedToVolunteer[];
  },
): CashPosition {
  const r = options.reporting;
  const conv = new ReportConverter(r, options.book);
  const byMonth = new Map<string, { income: number; expense: number }>();
  let first: string | null = null;
  let last: string | null = null;
  let lastDate = '1970-01-01';
  for (const e of entries) {
    if (e.date > lastDate) lastDate = e.date;
    // Paid by a volunteer and not yet paid back: the committee's account has not moved.
    const outOfPocket =
      e.direction === 'expense' && e.paidBy.kind === 'volunteer'
        ? Math.min(e.paidBy.reimbursed, e.amount.amount)
        : null;
    const amount = outOfPocket === null ? e.amount : money(outOfPocket, e.amount.currency);
    const n = conv.convert('entry', e.id, amount, e.date);
    if (n === null) continue;
    const month = e.date.slice(0, 7);
    const acc = byMonth.get(month) ?? { income: 0, expense: 0 };
    if (e.direction === 'income') acc.income += n;
    else acc.expense += n;
    byMonth.set(month, acc);
    if (first === null || month < first) first = month;
    if (last === null || month > last) last = month;
  }
  let balance = options.opening
    ? (conv.convert('entry', 'opening', options.opening, `${first ?? '1970-01'}-01`) ?? 0)
    : 0;
  const points: CashPoint[] = [];
  if (first !== null && last !== null) {
    for (const month of monthsBetween(first, last)) {
      const acc = byMonth.get(month) ?? { income: 0, expense: 0 };
      balance += acc.income - acc.expense;
      points.push({
        month,
        income: money(acc.income, r),
        expense: money(acc.expense, r),
        balance: money(balance, r),
      });
    }
  }
  const due = (options.funders ?? []).reduce(
    (s, f) => s + (f.balanceDue.currency === r ? f.balanceDue.amount : 0),
    0,
  );
  let owed = 0;
  for (const v of options.volunteers ?? []) {
    // Converted on the day of the last entry: the debt is counted where the ledger stops.
    const n = conv.convert('entry', `volunteer:${v.name}`, v.owed, lastDate);
    if (n !== null) owed += n;
  }
  return {
    points,
    closing: money(balance, r),
    dueFromFunders: money(due, r),
    owedToVolunteers: money(owed, r),
    projected: money(balance + due - owed, r),
    unconverted: conv.unconverted,
  };
}

/**
 * The cash of one budget scope as both the Budget screen and the printed report show it: the
 * scope's entries month by month, the volunteers they leave owed, and what the scope's
 * co-financing plan (if it has one) still expects from funders. One function, so the report
 * a treasurer signs and the screen she checked it against cannot disagree.
 */
export function budgetCash(
  entries: readonly LedgerEntry[],
  options: {
    reporting: CurrencyCode;
    book: RateBook;
    cofinancing?: { funders: readonly FunderBalance[] } | null;
  },
): CashPosition {
  return cashPosition(entries, {
    reporting: options.reporting,
    book: options.book,
    volunteers: owedToVolunteers(entries),
    funders: options.cofinancing?.funders ?? [],
  });
}
