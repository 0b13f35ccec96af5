import { z } from 'zod';
import { Id, text } from '../common';

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

/** The UI languages a committee may name a category in. */
export const CATEGORY_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
export type CategoryLanguage = (typeof CATEGORY_LANGUAGES)[number];

export const isBuiltInCategory = (key: string): key is BuiltInCategory =>
  (BUILT_IN_CATEGORIES as readonly string[]).includes(key);

const CategoryNames = z.object({
  en: text(80).default(''),
  ro: text(80).default(''),
  fr: text(80).default(''),
  de: text(80).default(''),
});

/**
 * One of the committee's categories, a record of `budgetCategories`: a category of its own
 * ("Choir costumes"), or a built-in one it renamed or retired. Lines and entries name the
 * `key`, which never changes, so a rename reaches every line and report at once; the key is
 * the core's and is never shown.
 */
export const BudgetCategoryFields = z.object({
  id: Id,
  key: CategoryKey,
  /** The committee's name, in any language; empty for a built-in one: its translated name. */
  name: text(80).default(''),
  /** The name in one UI language, where the committee gave one; otherwise `name`. */
  names: CategoryNames.default({ en: '', ro: '', fr: '', de: '' }),
  /** A retired category is no longer offered for new lines, and still names the old ones. */
  retired: z.boolean().default(false),
});

const named = (c: { key?: string | undefined; name: string }) =>
  (c.key !== undefined && isBuiltInCategory(c.key)) || c.name !== '';
const needsName = { message: 'category_needs_name', path: ['name'] };

export const BudgetCategory = BudgetCategoryFields.refine(named, needsName);
export type BudgetCategory = z.output<typeof BudgetCategory>;

/**
 * What the window sends to add or change a category: a new one of the committee's own comes
 * without `key` (the core makes one); a built-in one, and an edit, name the key they change.
 */
export const CategoryDraft = BudgetCategoryFields.omit({ id: true, key: true })
  .extend({ id: Id.optional(), rev: z.int().min(1).optional(), key: CategoryKey.optional() })
  .refine(named, needsName);
export type CategoryDraft = z.input<typeof CategoryDraft>;

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
