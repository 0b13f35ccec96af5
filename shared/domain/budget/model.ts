import { z } from 'zod';
import { Id, IsoDate, requiredText, text } from '../common';
import { ConvertedAmount } from '../money/convert';
import { Money, MinorUnits } from '../money/money';
import { CategoryKey, IncomeSource } from './categories';

const Year = z.number().int().min(1900).max(2200);

/** A non-negative amount: what is planned or paid is never below zero; a refund is its own entry. */
const Amount = Money.refine((m) => m.amount >= 0, { message: 'negative_not_allowed', path: ['amount'] });

/** One planned line: a year, optionally an activity, a category, in the line's own currency. */
export const BudgetLine = z.object({
  id: Id,
  year: Year,
  activityId: Id.nullable().default(null),
  category: CategoryKey,
  description: text(200).default(''),
  planned: Amount,
  /** The day whose rate converts the plan to the reporting currency; null: 1 January of the year. */
  rateDate: IsoDate.nullable().default(null),
});
export type BudgetLine = z.output<typeof BudgetLine>;

/** Who laid the money out: the committee's account, or a volunteer who is owed it back. */
export const PaidBy = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('committee') }),
  z.object({
    kind: z.literal('volunteer'),
    name: requiredText(120),
    personId: Id.nullable().default(null),
    /** Paid back so far, in the entry's currency (minor units). */
    reimbursed: MinorUnits.refine((n) => n >= 0, { message: 'negative_not_allowed' }).default(0),
  }),
]);
export type PaidBy = z.output<typeof PaidBy>;

export const RECEIPT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;

/** A receipt in the attachment store: the store's id for the file, and what it is. */
export const ReceiptRef = z.object({
  attachmentId: z.string().min(1).max(128),
  fileName: text(255),
  mediaType: z.enum(RECEIPT_MEDIA_TYPES, { error: 'receipt_not_pdf_or_image' }),
});
export type ReceiptRef = z.output<typeof ReceiptRef>;

const entryBase = {
  id: Id,
  date: IsoDate,
  /** Payee of a payment, payer of an income. */
  counterparty: text(160).default(''),
  amount: Amount,
  activityId: Id.nullable().default(null),
  description: text(300).default(''),
  receipt: ReceiptRef.nullable().default(null),
  /** The conversion to the reporting currency the treasurer confirmed, kept with its rate. */
  conversion: ConvertedAmount.nullable().default(null),
};

export const LedgerEntry = z.discriminatedUnion('direction', [
  z.object({
    ...entryBase,
    direction: z.literal('expense'),
    category: CategoryKey,
    paidBy: PaidBy.default({ kind: 'committee' }),
  }),
  z.object({ ...entryBase, direction: z.literal('income'), source: IncomeSource }),
]);
export type LedgerEntry = z.output<typeof LedgerEntry>;
export type ExpenseEntry = Extract<LedgerEntry, { direction: 'expense' }>;
export type IncomeEntry = Extract<LedgerEntry, { direction: 'income' }>;

/** A share of the co-financing plan: what a source is expected to pay, and the rules it pays by. */
export const FundingShare = z.object({
  source: IncomeSource,
  planned: Amount,
  /** The most this source pays of the total cost, in basis points (8000 = a fund paying at most 80 %). */
  maxShareBp: z.number().int().min(0).max(10_000).nullable().default(null),
  /** Paid before the project (pre-financing), in basis points of the planned share; the rest after the report. */
  advanceBp: z.number().int().min(0).max(10_000).default(0),
});
export type FundingShare = z.output<typeof FundingShare>;

export const CofinancingPlan = z.object({
  id: Id,
  year: Year,
  activityId: Id.nullable().default(null),
  shares: z.array(FundingShare).max(50),
});
export type CofinancingPlan = z.output<typeof CofinancingPlan>;

/** The year of a YYYY-MM-DD date, without building a string (it runs once per entry of a summary). */
export function entryYear(e: { date: string }): number {
  const d = e.date;
  return (
    (d.charCodeAt(0) - 48) * 1000 +
    (d.charCodeAt(1) - 48) * 100 +
    (d.charCodeAt(2) - 48) * 10 +
    d.charCodeAt(3) -
    48
  );
}
