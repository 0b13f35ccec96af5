import { z } from 'zod';
import {
  BudgetLineDraft,
  BudgetScope,
  CofinancingDraft,
  LedgerEntryDraft,
  LedgerFilter,
  RateDraft,
} from '../../domain/budget/drafts';
import { CategoryDraft } from '../../domain/budget/categories';
import { ReceiptRef } from '../../domain/budget/model';
import { Id, Rev } from '../../domain/common';
import { Currency } from '../../domain/money/currencies';
import { BinaryExportFile } from '../../domain/importPreview';
import { Bytes } from '../bytes';
import { none } from './app';
import {
  BudgetLineRecord,
  BudgetSummaryView,
  CategoryRecord,
  CategoryView,
  CofinancingCheckView,
  CofinancingRecord,
  LedgerRecord,
  MAX_RECEIPT_BYTES,
  MoneyOverviewView,
  RateImportView,
  RateRecord,
  ReceiptFile,
} from './moneyViews';

const removal = z.object({ id: Id, rev: Rev.optional() }).strict();
const removed = z.object({ id: Id });
const Language = z.enum(['en', 'ro', 'fr', 'de']);
const Year = z.int().min(1900).max(2200);

/** A rates file (InforEuro, the ECB's eurofxref, a bank's table) is a few megabytes at most. */
export const MAX_RATE_CSV_CHARS = 20_000_000;

/**
 * Budgets in several currencies (issue 12): exchange rates as records, budget lines per year
 * and activity, the ledger with its receipts, the co-financing plan, and planned against
 * actual in a reporting currency with every rate it used. No rate is fetched from the network.
 */
export const moneyChannels = {
  'rates:list': { input: none, output: z.array(RateRecord) },
  'rates:save': { input: RateDraft, output: RateRecord },
  'rates:remove': { input: removal, output: removed },
  /** Imports the rows that read; the report says, row by row, what was imported, skipped or refused. */
  'rates:importCsv': {
    input: z.object({ text: z.string().max(MAX_RATE_CSV_CHARS) }).strict(),
    output: RateImportView,
  },

  /** Every category, built-in and the committee's own, retired ones too, with how often each is used. */
  'categories:list': { input: none, output: z.array(CategoryView) },
  /** Adds a category of the committee's own, or renames or retires one; its key never changes. */
  'categories:save': { input: CategoryDraft, output: CategoryRecord },
  /** Deletes a category of the committee's own that no line or entry uses (`category_in_use`). */
  'categories:remove': { input: removal, output: removed },

  'budgetLines:list': {
    input: z.object({ year: Year.optional() }).strict(),
    output: z.array(BudgetLineRecord),
  },
  'budgetLines:save': { input: BudgetLineDraft, output: BudgetLineRecord },
  'budgetLines:remove': { input: removal, output: removed },

  'ledger:list': { input: LedgerFilter, output: z.array(LedgerRecord) },
  'ledger:save': { input: LedgerEntryDraft, output: LedgerRecord },
  'ledger:remove': { input: removal, output: removed },
  /** A receipt: a PDF or a JPEG, PNG or WebP image (checked by content), kept in the attachment store. */
  'ledger:addReceipt': {
    input: z.object({ bytes: Bytes(MAX_RECEIPT_BYTES + 1_000_000), fileName: z.string().max(255) }).strict(),
    output: ReceiptRef,
  },
  'ledger:receipt': {
    input: z.object({ attachmentId: ReceiptRef.shape.attachmentId }).strict(),
    output: ReceiptFile,
  },

  'cofinancing:get': {
    input: z
      .object({ year: Year, activityId: Id.nullable(), reportingCurrency: Currency.default('EUR') })
      .strict(),
    output: z.object({ plan: CofinancingRecord.nullable(), check: CofinancingCheckView.nullable() }),
  },
  'cofinancing:save': { input: CofinancingDraft, output: CofinancingRecord },

  'budget:summary': { input: BudgetScope, output: BudgetSummaryView },
  'budget:overview': {
    input: z.object({ reportingCurrency: Currency.default('EUR') }).strict(),
    output: MoneyOverviewView,
  },
  'budget:exportXlsx': { input: BudgetScope.extend({ language: Language }), output: BinaryExportFile },
  'budget:exportCsv': { input: BudgetScope.extend({ language: Language }), output: BinaryExportFile },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
