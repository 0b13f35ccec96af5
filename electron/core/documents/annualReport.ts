import { gatherAnnualReport } from '../../../shared/domain/annualReport/gather';
import { entryYear } from '../../../shared/domain/budget/model';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import { categoryLabelsFor } from '../money/moneyCategories';
import { reportWords } from '../money/reportWords';
import { buildAnnualReportDoc } from '../pdf/builders/annual/buildAnnualReportDoc';
import type { AnnualFinance, AnnualReportInput } from '../pdf/builders/annual/types';
import { renderPdf } from '../pdf/renderPdf';
import type { StoreData } from '../store/schema';
import type { ServiceContext } from '../context';
import type { MoneyReportsService } from '../money/moneyReports';
import { localIsoDate } from '../today';

export interface AnnualReportParams {
  year: number;
  languages: readonly string[];
  reportingCurrency?: CurrencyCode;
}

/** The year's money, or null when the committee kept no budget and no accounts for it. */
function financeOf(
  db: Readonly<StoreData>,
  reports: MoneyReportsService,
  params: AnnualReportParams,
): AnnualFinance | null {
  const kept =
    db.budgetLines.some((l) => l.year === params.year) || db.ledger.some((e) => entryYear(e) === params.year);
  if (!kept) return null;
  const s = reports.summary({ year: params.year, reportingCurrency: params.reportingCurrency ?? 'EUR' });
  return {
    reporting: s.reporting,
    byCategory: s.byCategory,
    byActivity: s.byActivity,
    total: s.total,
    income: s.income,
    incomeTotal: s.incomeTotal,
    ratesUsed: s.ratesUsed,
    unconverted: s.unconverted,
    activityLabels: Object.fromEntries(db.activities.map((a) => [a.id, a.title])),
    words: Object.fromEntries(
      params.languages.map((l) => [
        l,
        {
          ...reportWords(l),
          categories: categoryLabelsFor(
            db,
            l,
            s.byCategory.map((r) => r.category),
          ),
        },
      ]),
    ),
  };
}

/** Everything the annual report prints, gathered from the store: pure data for the builder. */
export function annualReportInput(
  ctx: ServiceContext,
  reports: MoneyReportsService,
  params: AnnualReportParams,
): AnnualReportInput {
  const db = ctx.store().data;
  const today = localIsoDate(ctx.now());
  const town = db.municipality[0] ?? null;
  return {
    languages: params.languages,
    committee: {
      name: db.committeeInfo[0]?.name ?? '',
      town: town?.name ?? '',
      country: town?.country ?? null,
    },
    preparedOn: today,
    content: gatherAnnualReport(db, params.year, today),
    finance: financeOf(db, reports, params),
  };
}

/** The annual report as a PDF, in one language or two. */
export function annualReportService(ctx: ServiceContext, reports: MoneyReportsService) {
  return {
    async render(params: AnnualReportParams): Promise<RenderedDocument> {
      const input = annualReportInput(ctx, reports, params);
      const bytes = await renderPdf(() => buildAnnualReportDoc(input));
      return {
        bytes: new Uint8Array(bytes),
        fileName: `annual-report-${params.year}-${params.languages.join('-')}.pdf`,
        mime: 'application/pdf',
      };
    },
  };
}
