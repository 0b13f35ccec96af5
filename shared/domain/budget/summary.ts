import type { CurrencyCode } from '../money/currencies';
import { money, type Money } from '../money/money';
import type { ExchangeRate, RateBook } from '../money/rates';
import { incomeSourceKey, type IncomeSource } from './categories';
import { ReportConverter, type Unconverted } from './convertAll';
import { entryYear, type BudgetLine, type LedgerEntry } from './model';

export interface SummaryOptions {
  reporting: CurrencyCode;
  book: RateBook;
  /** Only this year; all years when left out. */
  year?: number;
  /** Only this activity (null: the committee's general budget); all when left out. */
  activityId?: string | null;
}

/** Planned against actual for one line, category, activity or year, in the reporting currency. */
export interface VarianceRow {
  key: string;
  year: number | null;
  activityId: string | null;
  category: string | null;
  planned: Money;
  actual: Money;
  /** actual − planned: above zero is over budget. */
  variance: Money;
  /** actual ÷ planned in percent, one decimal; null where nothing was planned. */
  usedPercent: number | null;
}

export interface IncomeRow {
  key: string;
  source: IncomeSource;
  received: Money;
}

export interface BudgetSummary {
  reporting: CurrencyCode;
  lines: VarianceRow[];
  byCategory: VarianceRow[];
  byActivity: VarianceRow[];
  byYear: VarianceRow[];
  total: VarianceRow;
  income: IncomeRow[];
  incomeTotal: Money;
  /** Every rate the figures were converted with. */
  ratesUsed: ExchangeRate[];
  /** Amounts left out of the figures because no rate applied: the report lists each. */
  unconverted: Unconverted[];
}

interface Acc {
  year: number | null;
  activityId: string | null;
  category: string | null;
  planned: number;
  actual: number;
}

class Groups<K extends string | number> {
  readonly map = new Map<K, Acc>();
  at(key: K, year: number | null, activityId: string | null, category: string | null): Acc {
    let acc = this.map.get(key);
    if (!acc) {
      acc = { year, activityId, category, planned: 0, actual: 0 };
      this.map.set(key, acc);
    }
    return acc;
  }
  rows(currency: CurrencyCode): VarianceRow[] {
    return [...this.map.entries()]
      .map(([key, acc]) => ({ key: String(key), acc }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ key, acc }) => row(key, acc, currency));
  }
}

/** Lines keyed year → activity → category, so 50,000 entries build no key strings. */
class LineGroups {
  private readonly years = new Map<number, Map<string, Map<string, Acc>>>();
  at(year: number, activityId: string | null, category: string): Acc {
    let activities = this.years.get(year);
    if (!activities) this.years.set(year, (activities = new Map()));
    let categories = activities.get(activityId ?? '');
    if (!categories) activities.set(activityId ?? '', (categories = new Map()));
    let acc = categories.get(category);
    if (!acc) categories.set(category, (acc = { year, activityId, category, planned: 0, actual: 0 }));
    return acc;
  }
  *all(): Iterable<Acc> {
    for (const activities of this.years.values())
      for (const categories of activities.values()) yield* categories.values();
  }
  rows(currency: CurrencyCode): VarianceRow[] {
    const out: VarianceRow[] = [];
    for (const acc of this.all())
      out.push(row(keyOf(acc.year ?? 0, acc.activityId, acc.category ?? ''), acc, currency));
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

function row(key: string, acc: Acc, currency: CurrencyCode): VarianceRow {
  return {
    key,
    year: acc.year,
    activityId: acc.activityId,
    category: acc.category,
    planned: money(acc.planned, currency),
    actual: money(acc.actual, currency),
    variance: money(acc.actual - acc.planned, currency),
    // A percentage is for reading, not for sums: a float is fine here.
    usedPercent: acc.planned === 0 ? null : Math.round((acc.actual * 1000) / acc.planned) / 10,
  };
}

const keyOf = (year: number, activityId: string | null, category: string) =>
  `${year}|${activityId ?? ''}|${category}`;

/**
 * Planned against actual per line (year, activity, category), category, activity and year.
 * Each amount is converted on its own day (a recorded conversion wins) and then summed, so
 * totals are sums of what each row shows; an amount without a rate is listed, never guessed.
 */
export function summariseBudget(
  lines: readonly BudgetLine[],
  entries: readonly LedgerEntry[],
  options: SummaryOptions,
): BudgetSummary {
  const { reporting } = options;
  const conv = new ReportConverter(reporting, options.book);
  const inScope = (year: number, activityId: string | null) =>
    (options.year === undefined || options.year === year) &&
    (options.activityId === undefined || options.activityId === activityId);
  const byLine = new LineGroups();
  const byCategory = new Groups<string>();
  const byActivity = new Groups<string>();
  const byYear = new Groups<number>();
  const total: Acc = { year: null, activityId: null, category: null, planned: 0, actual: 0 };
  const add = (
    year: number,
    activityId: string | null,
    category: string,
    field: 'planned' | 'actual',
    n: number,
  ) => {
    // Only the line is touched per entry; categories, activities and years are folded from
    // the few hundred lines at the end.
    byLine.at(year, activityId, category)[field] += n;
  };

  for (const line of lines) {
    if (!inScope(line.year, line.activityId)) continue;
    const n = conv.convert('line', line.id, line.planned, line.rateDate ?? `${line.year}-01-01`);
    if (n !== null) add(line.year, line.activityId, line.category, 'planned', n);
  }

  const income = new Map<string, { source: IncomeSource; received: number }>();
  let incomeTotal = 0;
  for (const e of entries) {
    const year = entryYear(e);
    if (!inScope(year, e.activityId)) continue;
    const recorded =
      e.conversion &&
      e.conversion.converted.currency === reporting &&
      e.conversion.original.amount === e.amount.amount
        ? {
            amount: e.conversion.converted.amount,
            rate: e.conversion.rate,
            second: e.conversion.second?.rate ?? null,
          }
        : null;
    const n = conv.convert('entry', e.id, e.amount, e.date, recorded);
    if (n === null) continue;
    if (e.direction === 'expense') add(year, e.activityId, e.category, 'actual', n);
    else {
      const key = incomeSourceKey(e.source);
      const acc = income.get(key);
      if (acc) acc.received += n;
      else income.set(key, { source: e.source, received: n });
      incomeTotal += n;
    }
  }

  for (const acc of byLine.all()) {
    const year = acc.year ?? 0;
    const category = acc.category ?? '';
    for (const group of [
      byCategory.at(category, null, null, category),
      byActivity.at(acc.activityId ?? '', null, acc.activityId, null),
      byYear.at(year, year, null, null),
      total,
    ]) {
      group.planned += acc.planned;
      group.actual += acc.actual;
    }
  }

  return {
    reporting,
    lines: byLine.rows(reporting),
    byCategory: byCategory.rows(reporting),
    byActivity: byActivity.rows(reporting),
    byYear: byYear.rows(reporting),
    total: row('total', total, reporting),
    income: [...income.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, v]) => ({ key, source: v.source, received: money(v.received, reporting) })),
    incomeTotal: money(incomeTotal, reporting),
    ratesUsed: conv.ratesUsed(),
    unconverted: conv.unconverted,
  };
}

export interface OverBudget {
  level: 'line' | 'category' | 'activity' | 'year';
  row: VarianceRow;
}

/**
 * Where spending passed the plan, by more than `toleranceBp` basis points of it (0: any
 * minor unit over). Spending where nothing was planned is over budget too.
 */
export function overBudget(summary: BudgetSummary, toleranceBp = 0): OverBudget[] {
  const over = (r: VarianceRow) =>
    r.variance.amount > 0 && r.variance.amount * 10_000 > r.planned.amount * toleranceBp;
  const levels: [OverBudget['level'], VarianceRow[]][] = [
    ['line', summary.lines],
    ['category', summary.byCategory],
    ['activity', summary.byActivity],
    ['year', summary.byYear],
  ];
  return levels.flatMap(([level, rows]) => rows.filter(over).map((row) => ({ level, row })));
}
