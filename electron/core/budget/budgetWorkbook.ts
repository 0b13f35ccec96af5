import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { BudgetLine, LedgerEntry } from '../../../shared/domain/budget/model';
import type { BudgetSummary, VarianceRow } from '../../../shared/domain/budget/summary';
import { exponentOf, type CurrencyCode } from '../../../shared/domain/money/currencies';
import { toDecimalString } from '../../../shared/domain/money/money';
import type { RateBook } from '../../../shared/domain/money/rates';
import { ledgerRows, type LedgerLabels } from './ledgerRows';
import { fill, reportWords } from './reportWords';
import { sheetWords } from './sheetWords';

export interface WorkbookInput extends LedgerLabels {
  language: string;
  summary: BudgetSummary;
  lines: readonly BudgetLine[];
  entries: readonly LedgerEntry[];
  book: RateBook;
}

/**
 * A spreadsheet format per currency, with the ISO exponent and the code after the number:
 * Excel and LibreOffice show the separators of the reader's own locale.
 */
const formats = new Map<CurrencyCode, string>();
function moneyFormat(currency: CurrencyCode): string {
  let f = formats.get(currency);
  if (!f) {
    const exp = exponentOf(currency);
    f = `#,##0${exp > 0 ? `.${'0'.repeat(exp)}` : ''} "${currency}"`;
    formats.set(currency, f);
  }
  return f;
}

/**
 * Minor units as the number a spreadsheet cell holds. Cells are IEEE doubles by the file
 * format; going through the exact decimal string gives the double nearest the amount, which
 * reads back to the same minor units.
 */
export function cellNumber(amount: number, currency: CurrencyCode): number {
  return Number(toDecimalString({ amount, currency }));
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The budget and its ledger as an XLSX workbook, written as a stream (a ledger of 50,000
 * rows would hold hundreds of megabytes as cell objects): real number cells with currency
 * formats, real dates, a sheet of the rates used and one of what could not be converted.
 */
export async function buildBudgetWorkbook(input: WorkbookInput): Promise<Buffer> {
  const sw = sheetWords(input.language);
  const rw = reportWords(input.language);
  const c = sw.cols;
  const r = input.summary.reporting;
  const inR = fill(c.inReporting, { currency: r });
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', () => resolve());
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Twinning Desk';

  const summary = wb.addWorksheet(sw.sheets.summary, { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.columns = [
    { header: c.category, width: 32 },
    { header: `${c.planned} (${r})`, width: 18, style: { numFmt: moneyFormat(r) } },
    { header: `${c.actual} (${r})`, width: 18, style: { numFmt: moneyFormat(r) } },
    { header: `${c.variance} (${r})`, width: 18, style: { numFmt: moneyFormat(r) } },
    { header: c.used, width: 10, style: { numFmt: '0.0%' } },
  ];
  const category = (key: string | null) =>
    key === null
      ? rw.total
      : (input.categoryLabels[key] ?? (rw.categories as Record<string, string>)[key] ?? key);
  const varianceRow = (row: VarianceRow, label: string) =>
    summary
      .addRow([
        label,
        cellNumber(row.planned.amount, r),
        cellNumber(row.actual.amount, r),
        cellNumber(row.variance.amount, r),
        row.usedPercent === null ? null : row.usedPercent / 100,
      ])
      .commit();
  for (const row of input.summary.byCategory) varianceRow(row, category(row.category));
  varianceRow(input.summary.total, rw.total);
  summary.commit();

  const lines = wb.addWorksheet(sw.sheets.lines, { views: [{ state: 'frozen', ySplit: 1 }] });
  lines.columns = [
    { header: c.year, width: 8 },
    { header: c.activity, width: 28 },
    { header: c.category, width: 28 },
    { header: c.description, width: 32 },
    { header: c.planned, width: 18 },
    { header: c.currency, width: 9 },
  ];
  for (const line of input.lines) {
    const row = lines.addRow([
      line.year,
      line.activityId === null
        ? rw.committeeBudget
        : (input.activityLabels[line.activityId] ?? line.activityId),
      category(line.category),
      line.description,
      cellNumber(line.planned.amount, line.planned.currency),
      line.planned.currency,
    ]);
    row.getCell(5).numFmt = moneyFormat(line.planned.currency);
    row.commit();
  }
  lines.commit();

  const ledger = wb.addWorksheet(sw.sheets.ledger, { views: [{ state: 'frozen', ySplit: 1 }] });
  ledger.columns = [
    { header: c.date, width: 11, style: { numFmt: 'yyyy-mm-dd' } },
    { header: c.type, width: 11 },
    { header: c.counterparty, width: 26 },
    { header: c.categoryOrSource, width: 26 },
    { header: c.activity, width: 24 },
    { header: c.amount, width: 16 },
    { header: c.currency, width: 9 },
    { header: inR, width: 16, style: { numFmt: moneyFormat(r) } },
    { header: c.rate, width: 18 },
    { header: c.rateDate, width: 11, style: { numFmt: 'yyyy-mm-dd' } },
    { header: c.rateSource, width: 16 },
    { header: c.paidBy, width: 18 },
    { header: c.owed, width: 16 },
    { header: c.receipt, width: 20 },
    { header: c.description, width: 30 },
  ];
  const { rows, converter } = ledgerRows(input.entries, { ...input, reporting: r });
  for (const e of rows) {
    const row = ledger.addRow([
      utc(e.date),
      e.type,
      e.counterparty,
      e.categoryOrSource,
      e.activity,
      cellNumber(e.amount, e.currency),
      e.currency,
      e.converted === null ? null : cellNumber(e.converted, r),
      e.rate ? `1 ${e.rate.from} = ${e.rate.rate} ${e.rate.to}` : null,
      e.rate ? utc(e.rate.date) : null,
      e.rate ? rw.rateSources[e.rate.source] : null,
      e.paidBy,
      e.owed === null ? null : cellNumber(e.owed, e.currency),
      e.receipt,
      e.description,
    ]);
    row.getCell(6).numFmt = moneyFormat(e.currency);
    if (e.owed !== null) row.getCell(13).numFmt = moneyFormat(e.currency);
    row.commit();
  }
  ledger.commit();

  const rates = wb.addWorksheet(sw.sheets.rates);
  rates.columns = [
    { header: c.from, width: 8 },
    { header: c.to, width: 8 },
    { header: c.rate, width: 14, style: { numFmt: '0.0000######' } },
    { header: c.rateDate, width: 11, style: { numFmt: 'yyyy-mm-dd' } },
    { header: c.rateSource, width: 18 },
    { header: c.note, width: 30 },
  ];
  const used = new Map(
    converter
      .ratesUsed()
      .concat(input.summary.ratesUsed)
      .map((x) => [`${x.from}${x.to}${x.date}${x.source}${x.rate}`, x]),
  );
  for (const x of used.values())
    rates.addRow([x.from, x.to, Number(x.rate), utc(x.date), rw.rateSources[x.source], x.note]).commit();
  rates.commit();

  const missing = wb.addWorksheet(sw.sheets.unconverted);
  missing.columns = [
    { header: c.date, width: 11, style: { numFmt: 'yyyy-mm-dd' } },
    { header: c.amount, width: 16 },
    { header: c.currency, width: 9 },
    { header: c.nearestRate, width: 34 },
  ];
  for (const u of input.summary.unconverted) {
    const n = u.missing.nearest;
    const row = missing.addRow([
      utc(u.date),
      cellNumber(u.amount.amount, u.amount.currency),
      u.amount.currency,
      n ? `1 ${n.from} = ${n.rate} ${n.to} (${n.date})` : rw.none,
    ]);
    row.getCell(2).numFmt = moneyFormat(u.amount.currency);
    row.commit();
  }
  missing.commit();

  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
