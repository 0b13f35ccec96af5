import { z } from 'zod';
import { text } from '../common';

/**
 * The spending categories committees and funders use (CERV and Erasmus+ budgets ask for
 * these headings). The list is the committee's own: it may rename, add and retire categories;
 * a built-in one keeps its key so every UI language can name it.
 */
export const BUILT_IN_CATEGORIES = [
  'travel',
  'accommodation',
  'meals',
  'venue',
  'interpretation',
  'communication',
  'protocol',
  'insurance',
  'administration',
  'other',
] as const;
export type BuiltInCategory = (typeof BUILT_IN_CATEGORIES)[number];

export const CategoryKey = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { message: 'invalid_category_key' });

export const BudgetCategory = z.object({
  key: CategoryKey,
  /** Empty for a built-in category: the UI shows its translated name (budget:category.<key>). */
  label: text(80).default(''),
  /** A retired category stays readable in old entries but is no longer offered. */
  retired: z.boolean().default(false),
});
export type BudgetCategory = z.output<typeof BudgetCategory>;

export const CategoryList = z
  .array(BudgetCategory)
  .max(100)
  .refine((list) => new Set(list.map((c) => c.key)).size === list.length, { message: 'duplicate_category' })
  .refine(
    (list) => list.every((c) => (BUILT_IN_CATEGORIES as readonly string[]).includes(c.key) || c.label !== ''),
    {
      message: 'category_needs_label',
    },
  );

export function defaultCategories(): BudgetCategory[] {
  return BUILT_IN_CATEGORIES.map((key) => ({ key, label: '', retired: false }));
}

/** Where income comes from; a grant may name the funding application it was granted on. */
export const INCOME_KINDS = ['municipality', 'membership', 'participant_fees', 'sponsor', 'grant'] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export const IncomeSource = z.object({
  kind: z.enum(INCOME_KINDS),
  /** "Primăria Buziaș", "CERV Town-Twinning 2026", "Banca Transilvania". */
  name: text(160).default(''),
  applicationId: z.string().min(1).max(64).nullable().default(null),
});
export type IncomeSource = z.output<typeof IncomeSource>;

/** One key per funder, so a fund's planned share and the money it paid meet in the cash position. */
export function incomeSourceKey(s: IncomeSource): string {
  return `${s.kind}|${s.applicationId ?? ''}|${s.name.trim().toLowerCase()}`;
}
