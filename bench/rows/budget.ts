import { buildBudgetReportDoc } from '../../electron/core/money/buildBudgetReportDoc';
import { buildBudgetWorkbook } from '../../electron/core/money/budgetWorkbook';
import { buildLedgerCsv } from '../../electron/core/money/ledgerCsv';
import { categoryWords } from '../../electron/core/money/reportWords';
import { sampleReportInput } from '../../electron/core/money/sampleBudget';
import { categoryNamer } from '../../shared/domain/budget/categoryNames';
import { renderPdf } from '../../electron/core/pdf/renderPdf';
import { summariseBudget } from '../../shared/domain/budget/summary';
import { RateBook } from '../../shared/domain/money/rates';
import { measure, measurePair, row, type BenchRow } from '../measure';
import { budgetData } from './budgetData';

/**
 * Planned against actual for 50,000 entries over 10 years in 5 currencies, each converted on
 * its day (ECB, InforEuro), beside a bare loop that only adds the raw amounts up.
 */
export async function budgetSummary50k(): Promise<BenchRow[]> {
  const { rates, lines, entries } = budgetData(50_000);
  const book = new RateBook(rates, { sources: ['inforeuro', 'ecb'], ecbMaxAgeDays: 7 });
  let sink = 0;
  const { subject, baseline } = await measurePair(
    () => {
      sink += summariseBudget(lines, entries, { reporting: 'EUR', book }).total.actual.amount;
    },
    () => {
      for (const e of entries) sink += e.amount.amount;
    },
    { warmup: 5, runs: 30 },
  );
  if (sink === 0) throw new Error('the ledger summed to nothing');
  return [
    row('budget.summary.50k', 'ms', subject, 50),
    row('budget.summary.50k.baseline', 'ms', baseline, 5),
  ];
}

/** The sample youth exchange's budget report, two A4 pages, rendered again and again in one process. */
export async function pdfBudgetReport(): Promise<BenchRow[]> {
  const warm = await measure(() => renderPdf(() => buildBudgetReportDoc(sampleReportInput('ro'))), {
    warmup: 5,
    runs: 20,
  });
  return [row('pdf.budget-report', 'ms', warm, 300)];
}

/**
 * The workbook of a 50,000-entry ledger (each row converted on its day, with its rate named),
 * beside a bare baseline: the same rows written as CSV text.
 */
export async function xlsxLedger50k(): Promise<BenchRow[]> {
  const { rates, lines, entries } = budgetData(50_000);
  const book = new RateBook(rates, { sources: ['inforeuro', 'ecb'], ecbMaxAgeDays: 7 });
  const summary = summariseBudget(lines, entries, { reporting: 'EUR', book });
  const input = {
    language: 'ro',
    summary,
    lines,
    entries,
    book,
    categoryName: categoryNamer([], 'ro', categoryWords('ro')),
    activityLabels: {},
  };
  const { subject, baseline } = await measurePair(
    () => buildBudgetWorkbook(input),
    () => buildLedgerCsv(entries, { ...input, reporting: 'EUR' }),
    { warmup: 1, runs: 5 },
  );
  return [
    row('xlsx.ledger.50k', 'ms', subject, 3000),
    row('xlsx.ledger.50k.csv-baseline', 'ms', baseline, 3000),
  ];
}
