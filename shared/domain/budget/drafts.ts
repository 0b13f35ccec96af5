import { z } from 'zod';
import { Id, Rev } from '../common';
import { Currency } from '../money/currencies';
import { ExchangeRate } from '../money/rates';
import { BudgetLine, CofinancingPlan, LedgerEntry } from './model';

/**
 * What the window sends to create or change a money record: the record without the fields
 * the core owns, an `id` and the `rev` it was based on when it edits one.
 */
const edit = { id: Id.optional(), rev: Rev.optional() };

export const BudgetLineDraft = BudgetLine.omit({ id: true }).extend(edit);
export type BudgetLineDraft = z.input<typeof BudgetLineDraft>;

const [expense, income] = LedgerEntry.options;
export const LedgerEntryDraft = z.discriminatedUnion('direction', [
  expense.omit({ id: true }).extend(edit),
  income.omit({ id: true }).extend(edit),
]);
export type LedgerEntryDraft = z.input<typeof LedgerEntryDraft>;

export const RateDraft = z
  .object({ ...ExchangeRate.shape, ...edit })
  .refine((r) => r.from !== r.to, { message: 'same_currency', path: ['to'] });
export type RateDraft = z.input<typeof RateDraft>;

export const CofinancingDraft = CofinancingPlan.omit({ id: true }).extend(edit);
export type CofinancingDraft = z.input<typeof CofinancingDraft>;

/** Which budget a summary, an export or a report covers, in which currency. */
export const BudgetScope = z.object({
  year: z.int().min(1900).max(2200),
  reportingCurrency: Currency.default('EUR'),
  /** Only this activity (null: the committee's general budget); every activity when left out. */
  activityId: Id.nullable().optional(),
});
export type BudgetScope = z.input<typeof BudgetScope>;

/** The ledger's filters, as the screen keeps them in its address. */
export const LedgerFilter = z.object({
  year: z.int().min(1900).max(2200).optional(),
  category: z.string().max(40).optional(),
  activityId: Id.optional(),
  currency: Currency.optional(),
  direction: z.enum(['expense', 'income']).optional(),
  /** Any part of the payee or payer, the description or the receipt's file name. */
  text: z.string().max(200).optional(),
});
export type LedgerFilter = z.input<typeof LedgerFilter>;
