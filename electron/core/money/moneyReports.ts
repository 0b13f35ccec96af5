import { budgetCash } from '../../../shared/domain/budget/cash';
import { categoryOrder } from '../../../shared/domain/budget/categoryNames';
import { ReportConverter } from '../../../shared/domain/budget/convertAll';
import { money } from '../../../shared/domain/money/money';
import { checkCofinancing } from '../../../shared/domain/budget/cofinancing';
import type { BudgetScope } from '../../../shared/domain/budget/drafts';
import { entryYear, type BudgetLine, type LedgerEntry } from '../../../shared/domain/budget/model';
import { overBudget, summariseBudget, type BudgetSummary } from '../../../shared/domain/budget/summary';
import { owedToVolunteers } from '../../../shared/domain/budget/volunteers';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import { RateBook } from '../../../shared/domain/money/rates';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import type {
  BudgetSummaryView,
  CofinancingCheckView,
  MoneyOverviewView,
} from '../../../shared/ipc/channels/moneyViews';
import type { BinaryExportFile } from '../../../shared/domain/importPreview';
import { categoryNamerFor } from './moneyCategories';
import { buildBudgetWorkbook } from './budgetWorkbook';
import { buildBudgetReportDoc } from './buildBudgetReportDoc';
import { buildLedgerCsv } from './ledgerCsv';
import { reportWords } from './reportWords';
import { renderPdf } from '../pdf/renderPdf';
import type { StoreData } from '../store/schema';
import type { ServiceContext } from '../context';

type Language = 'en' | 'ro' | 'fr' | 'de';

interface Scope {
  year: number;
  reporting: CurrencyCode;
  activityId: string | null | undefined;
}

const scopeOf = (s: BudgetScope): Scope => ({
  year: s.year,
  reporting: s.reportingCurrency ?? 'EUR',
  activityId: s.activityId,
});

/** What one scope of the budget holds: its lines and entries, and the rates to convert them. */
function gather(data: Readonly<StoreData>, scope: Scope) {
  const inScope = (year: number, activityId: string | null) =>
    year === scope.year && (scope.activityId === undefined || scope.activityId === activityId);
  const lines: BudgetLine[] = data.budgetLines.filter((l) => inScope(l.year, l.activityId));
  const entries: LedgerEntry[] = data.ledger.filter((e) => inScope(entryYear(e), e.activityId));
  const book = new RateBook(data.rates);
  const summary = summariseBudget(lines, entries, { reporting: scope.reporting, book, year: scope.year });
  // Built-in headings in their order, then the committee's own by name: never by key.
  const order = categoryOrder(data.budgetCategories, categoryNamerFor(data, 'en'));
  summary.byCategory.sort((a, b) => order(a.category, b.category));
  const activityLabels = Object.fromEntries(data.activities.map((a) => [a.id, a.title]));
  return { lines, entries, book, summary, activityLabels };
}

function cofinancingFor(
  data: Readonly<StoreData>,
  scope: Scope,
  summary: BudgetSummary,
  entries: readonly LedgerEntry[],
  book: RateBook,
): CofinancingCheckView | null {
  const plan = data.cofinancing.find(
    (p) => p.year === scope.year && p.activityId === (scope.activityId ?? null),
  );
  return plan
    ? checkCofinancing(plan, summary.total.planned, entries, { reporting: scope.reporting, book })
    : null;
}

/** Money in and out per month of the year in the reporting currency, converted on each entry's day. */
function byMonth(entries: readonly LedgerEntry[], scope: Scope, book: RateBook) {
  const conv = new ReportConverter(scope.reporting, book);
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: `${scope.year}-${String(i + 1).padStart(2, '0')}`,
    expense: 0,
    income: 0,
  }));
  for (const e of entries) {
    const n = conv.convert('entry', e.id, e.amount, e.date);
    const m = months[Number(e.date.slice(5, 7)) - 1];
    if (n === null || !m) continue;
    m[e.direction] += n;
  }
  return months.map((m) => ({
    month: m.month,
    expense: money(m.expense, scope.reporting),
    income: money(m.income, scope.reporting),
  }));
}

const slug = (scope: Scope) => `budget-${scope.year}-${scope.reporting}`;

/** Planned against actual, the cash over the year, the exports and the printed report. */
export function moneyReportsService(ctx: ServiceContext) {
  const data = () => ctx.store().data;

  return {
    summary(input: BudgetScope): BudgetSummaryView {
      const scope = scopeOf(input);
      const { summary, entries, book } = gather(data(), scope);
      const volunteers = owedToVolunteers(entries);
      // The same cash the printed report shows, funders' balances from the scope's plan included.
      const cofinancing = cofinancingFor(data(), scope, summary, entries, book);
      const cash = budgetCash(entries, { reporting: scope.reporting, book, cofinancing });
      return {
        year: scope.year,
        reporting: scope.reporting,
        lines: summary.lines,
        byCategory: summary.byCategory,
        byActivity: summary.byActivity,
        total: summary.total,
        income: summary.income,
        incomeTotal: summary.incomeTotal,
        ratesUsed: summary.ratesUsed,
        unconverted: summary.unconverted,
        overBudget: overBudget(summary),
        cash: {
          points: cash.points,
          closing: cash.closing,
          owedToVolunteers: cash.owedToVolunteers,
          dueFromFunders: cash.dueFromFunders,
          projected: cash.projected,
          unconvertedCount: cash.unconverted.length,
        },
        volunteers,
        months: byMonth(entries, scope, book),
      };
    },

    cofinancingCheck(
      year: number,
      activityId: string | null,
      reporting: CurrencyCode,
    ): CofinancingCheckView | null {
      const scope: Scope = { year, reporting, activityId };
      const { summary, entries, book } = gather(data(), scope);
      return cofinancingFor(data(), scope, summary, entries, book);
    },

    /** This year's categories over their plan, and every volunteer still owed money. */
    overview(reporting: CurrencyCode): MoneyOverviewView {
      const year = ctx.now().getUTCFullYear();
      const { summary } = gather(data(), { year, reporting, activityId: undefined });
      return {
        year,
        reporting,
        overBudget: overBudget(summary)
          .filter((o) => o.level === 'category')
          .map((o) => o.row),
        unconvertedCount: summary.unconverted.length,
        volunteers: owedToVolunteers(data().ledger),
      };
    },

    async exportXlsx(input: BudgetScope & { language: Language }): Promise<BinaryExportFile> {
      const scope = scopeOf(input);
      const g = gather(data(), scope);
      const bytes = await buildBudgetWorkbook({
        language: input.language,
        summary: g.summary,
        lines: g.lines,
        entries: g.entries,
        book: g.book,
        categoryName: categoryNamerFor(data(), input.language),
        activityLabels: g.activityLabels,
      });
      return {
        fileName: `${slug(scope)}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: new Uint8Array(bytes),
      };
    },

    exportCsv(input: BudgetScope & { language: Language }): BinaryExportFile {
      const scope = scopeOf(input);
      const g = gather(data(), scope);
      const text = buildLedgerCsv(g.entries, {
        language: input.language,
        reporting: scope.reporting,
        book: g.book,
        categoryName: categoryNamerFor(data(), input.language),
        activityLabels: g.activityLabels,
      });
      return {
        fileName: `ledger-${scope.year}-${scope.reporting}.csv`,
        mimeType: 'text/csv',
        bytes: new TextEncoder().encode(text),
      };
    },

    async render(input: BudgetScope & { language: Language }): Promise<RenderedDocument> {
      const scope = scopeOf(input);
      const db = data();
      const g = gather(db, scope);
      const cofinancing = cofinancingFor(db, scope, g.summary, g.entries, g.book);
      const words = reportWords(input.language);
      const activity = scope.activityId ? g.activityLabels[scope.activityId] : null;
      const committee = db.committeeInfo[0]?.name ?? db.municipality[0]?.name ?? '';
      const bytes = await renderPdf(() =>
        buildBudgetReportDoc({
          language: input.language,
          committeeName: committee,
          scope: activity
            ? `${activity}, ${scope.year}`
            : scope.activityId === null
              ? `${words.committeeBudget}, ${scope.year}`
              : String(scope.year),
          preparedOn: ctx.now().toISOString().slice(0, 10),
          summary: g.summary,
          cofinancing,
          cash: budgetCash(g.entries, { reporting: scope.reporting, book: g.book, cofinancing }),
          volunteers: owedToVolunteers(g.entries),
          categoryName: categoryNamerFor(db, input.language),
          activityLabels: g.activityLabels,
        }),
      );
      return {
        bytes: new Uint8Array(bytes),
        fileName: `${slug(scope)}-${input.language}.pdf`,
        mime: 'application/pdf',
      };
    },
  };
}
export type MoneyReportsService = ReturnType<typeof moneyReportsService>;
