import { z } from 'zod';
import { BudgetCategoryFields, IncomeSource } from '../../domain/budget/categories';
import { BudgetLine, CofinancingPlan, LedgerEntry, ReceiptRef } from '../../domain/budget/model';
import { Id, Rev } from '../../domain/common';
import { Currency } from '../../domain/money/currencies';
import { Money } from '../../domain/money/money';
import { ExchangeRate } from '../../domain/money/rates';
import { RATE_ROW_PROBLEMS } from '../../domain/money/rateCsv';
import { Bytes } from '../bytes';

/** The money records as the window receives them: the domain record, its revision and stamp. */
const meta = { rev: Rev, updatedAt: z.string() };

export const BudgetLineRecord = BudgetLine.extend(meta);
export type BudgetLineRecord = z.output<typeof BudgetLineRecord>;

const [expense, income] = LedgerEntry.options;
export const LedgerRecord = z.discriminatedUnion('direction', [expense.extend(meta), income.extend(meta)]);
export type LedgerRecord = z.output<typeof LedgerRecord>;

export const RateRecord = ExchangeRate.extend({ id: Id, ...meta });
export type RateRecord = z.output<typeof RateRecord>;

/** A category as the editor shows it: built-in or the committee's, its record if any, and how often it is used. */
export const CategoryView = BudgetCategoryFields.omit({ id: true }).extend({
  builtIn: z.boolean(),
  /** Null for a built-in category the committee never changed. */
  id: Id.nullable(),
  rev: Rev.nullable(),
  /** Budget lines and ledger entries in this category: a category in use cannot be deleted. */
  uses: z.int().min(0),
});
export type CategoryView = z.output<typeof CategoryView>;

export const CategoryRecord = BudgetCategoryFields.extend(meta);
export type CategoryRecord = z.output<typeof CategoryRecord>;

export const CofinancingRecord = CofinancingPlan.extend(meta);
export type CofinancingRecord = z.output<typeof CofinancingRecord>;

const RateMissing = z.object({
  ok: z.literal(false),
  code: z.literal('no_rate'),
  from: Currency,
  to: Currency,
  date: z.string(),
  nearest: ExchangeRate.nullable(),
});

export const UnconvertedView = z.object({
  kind: z.enum(['line', 'entry', 'share']),
  id: z.string(),
  amount: Money,
  date: z.string(),
  missing: RateMissing,
});
export type UnconvertedView = z.output<typeof UnconvertedView>;

export const VarianceRowView = z.object({
  key: z.string(),
  year: z.int().nullable(),
  activityId: z.string().nullable(),
  category: z.string().nullable(),
  planned: Money,
  actual: Money,
  variance: Money,
  usedPercent: z.number().nullable(),
});
export type VarianceRowView = z.output<typeof VarianceRowView>;

export const CashPointView = z.object({ month: z.string(), income: Money, expense: Money, balance: Money });

export const OwedView = z.object({
  name: z.string(),
  personId: z.string().nullable(),
  currency: Currency,
  paid: Money,
  reimbursed: Money,
  owed: Money,
  entryIds: z.array(z.string()),
});
export type OwedView = z.output<typeof OwedView>;

export const FunderView = z.object({
  key: z.string(),
  source: IncomeSource,
  planned: Money,
  received: Money,
  advanceDue: Money,
  balanceDue: Money,
  cap: Money.nullable(),
});

export const CofinancingIssueView = z.discriminatedUnion('code', [
  z.object({ code: z.literal('over_cap'), key: z.string(), planned: Money, cap: Money }),
  z.object({ code: z.literal('gap'), missing: Money }),
  z.object({ code: z.literal('surplus'), extra: Money }),
]);

export const CofinancingCheckView = z.object({
  funders: z.array(FunderView),
  issues: z.array(CofinancingIssueView),
  financed: Money,
  unconverted: z.array(UnconvertedView),
});
export type CofinancingCheckView = z.output<typeof CofinancingCheckView>;

/** Spending month by month, for the chart of the year. */
export const MonthSpendView = z.object({ month: z.string(), expense: Money, income: Money });

/** Planned against actual for one year in the reporting currency, with every rate it used. */
export const BudgetSummaryView = z.object({
  year: z.int(),
  reporting: Currency,
  lines: z.array(VarianceRowView),
  byCategory: z.array(VarianceRowView),
  byActivity: z.array(VarianceRowView),
  total: VarianceRowView,
  income: z.array(z.object({ key: z.string(), source: IncomeSource, received: Money })),
  incomeTotal: Money,
  ratesUsed: z.array(ExchangeRate),
  unconverted: z.array(UnconvertedView),
  overBudget: z.array(
    z.object({ level: z.enum(['line', 'category', 'activity', 'year']), row: VarianceRowView }),
  ),
  cash: z.object({
    points: z.array(CashPointView),
    closing: Money,
    owedToVolunteers: Money,
    dueFromFunders: Money,
    projected: Money,
    /** Entries the cash position had to leave out for want of a rate (the summary lists them). */
    unconvertedCount: z.int().min(0),
  }),
  volunteers: z.array(OwedView),
  /** Spending and income of each month of the year (YYYY-MM), paid by anyone, for the chart. */
  months: z.array(MonthSpendView),
});
export type BudgetSummaryView = z.output<typeof BudgetSummaryView>;

/** The Overview's two money cards: where this year's spending passed the plan, and who is owed. */
export const MoneyOverviewView = z.object({
  year: z.int(),
  reporting: Currency,
  overBudget: z.array(VarianceRowView),
  unconvertedCount: z.int().min(0),
  volunteers: z.array(OwedView),
});
export type MoneyOverviewView = z.output<typeof MoneyOverviewView>;

export const RateImportView = z.object({
  layout: z.enum(['long', 'ecb', 'unknown']),
  rows: z.array(
    z.object({
      line: z.int(),
      column: z.string(),
      status: z.enum(['imported', 'skipped', 'refused']),
      problem: z.enum(RATE_ROW_PROBLEMS).nullable(),
      rate: ExchangeRate.nullable(),
    }),
  ),
  counts: z.object({ imported: z.int(), skipped: z.int(), refused: z.int() }),
});
export type RateImportView = z.output<typeof RateImportView>;

export const MAX_RECEIPT_BYTES = 25_000_000;
export const ReceiptFile = z.object({
  bytes: Bytes(MAX_RECEIPT_BYTES + 1_000_000),
  mediaType: ReceiptRef.shape.mediaType,
});
