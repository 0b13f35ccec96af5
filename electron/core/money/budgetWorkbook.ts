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
 * Cell styles, one shared object per format. exceljs caches a style by object identity, and
 * gives every cell a fresh object otherwise, rendering its XML again for each of 750,000 cells.
 */
type CellStyle = Partial<ExcelJS.Style>;
const PLAIN: CellStyle = {};
const DATE: CellStyle = { numFmt: 'yyyy-mm-dd' };
const PERCENT: CellStyle = { numFmt: '0.0%' };
const RATE: CellStyle = { numFmt: '0.0000######' };
const styles = new Map<CurrencyCode, CellStyle>();

/**
 * A spreadsheet format per currency, with the ISO exponent and the code after the number:
 * Excel and LibreOffice show the separators of the reader's own locale.
 */
function moneyStyle(currency: CurrencyCode): CellStyle {
  let style = styles.get(currency);
  if (!style) {
    const exp = exponentOf(currency);
    style = { numFmt: `#,##0${exp > 0 ? `.${'0'.repeat(exp)}` : ''} "${currency}"` };
    styles.set(currency, style);
  }
  return style;
}

/** Adds a row and gives each cell its shared style, then writes the row out. */
function addRow(
  sheet: ExcelJS.Worksheet,
  values: readonly unknown[],
  cellStyles: readonly CellStyle[],
): void {
  const row = sheet.addRow(values as unknown[]);
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    cell.style = cellStyles[column - 1] ?? PLAIN;
  });
  row.commit();
}

/** Column heads (in bold would need a style per head: the frozen first row marks them instead). */
function columns(sheet: ExcelJS.Worksheet, heads: readonly [string, number][]): void {
  sheet.columns = heads.map(([header, width]) => ({ header, width }));
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
  columns(summary, [
    [c.category, 32],
    [`${c.planned} (${r})`, 18],
    [`${c.actual} (${r})`, 18],
    [`${c.variance} (${r})`, 18],
    [c.used, 10],
  ]);
  const category = (key: string | null) => (key === null ? rw.total : input.categoryName(key));
  const rStyle = moneyStyle(r);
  const varianceRow = (row: VarianceRow, label: string) =>
    addRow(
      summary,
      [
        label,
        cellNumber(row.planned.amount, r),
        cellNumber(row.actual.amount, r),
        cellNumber(row.variance.amount, r),
        row.usedPercent === null ? null : row.usedPercent / 100,
      ],
      [PLAIN, rStyle, rStyle, rStyle, PERCENT],
    );
  for (const row of input.summary.byCategory) varianceRow(row, category(row.category));
  varianceRow(input.summary.total, rw.total);
  summary.commit();

  const lines = wb.addWorksheet(sw.sheets.lines, { views: [{ state: 'frozen', ySplit: 1 }] });
  columns(lines, [
    [c.year, 8],
    [c.activity, 28],
    [c.category, 28],
    [c.description, 32],
    [c.planned, 18],
    [c.currency, 9],
  ]);
  for (const line of input.lines) {
    addRow(
      lines,
      [
        line.year,
        line.activityId === null
          ? rw.committeeBudget
          : (input.activityLabels[line.activityId] ?? line.activityId),
        category(line.category),
        line.description,
        cellNumber(line.planned.amount, line.planned.currency),
        line.planned.currency,
      ],
      [PLAIN, PLAIN, PLAIN, PLAIN, moneyStyle(line.planned.currency)],
    );
  }
  lines.commit();

  const ledger = wb.addWorksheet(sw.sheets.ledger, { views: [{ state: 'frozen', ySplit: 1 }] });
  columns(ledger, [
    [c.date, 11],
    [c.type, 11],
    [c.counterparty, 26],
    [c.categoryOrSource, 26],
    [c.activity, 24],
    [c.amount, 16],
    [c.currency, 9],
    [inR, 16],
    [c.rate, 18],
    [c.rateDate, 11],
    [c.rateSource, 16],
    [c.paidBy, 18],
    [c.owed, 16],
    [c.receipt, 20],
    [c.description, 30],
  ]);
  const { rows, converter } = ledgerRows(input.entries, { ...input, reporting: r });
  for (const e of rows) {
    const own = moneyStyle(e.currency);
    addRow(
      ledger,
      [
        utc(e.date),
        e.type,
        e.counterparty,
        e.categoryOrSource,
        e.activity,
        cellNumber(e.amount, e.currency),
        e.currency,
        e.converted === null ? null : cellNumber(e.converted, r),
        e.rate
          ? [e.rate, e.second].flatMap((x) => (x ? [`1 ${x.from} = ${x.rate} ${x.to}`] : [])).join('; ')
          : null,
        e.rate ? utc(e.rate.date) : null,
        e.rate ? rw.rateSources[e.rate.source] : null,
        e.paidBy,
        e.owed === null ? null : cellNumber(e.owed, e.currency),
        e.receipt,
        e.description,
      ],
      [DATE, PLAIN, PLAIN, PLAIN, PLAIN, own, PLAIN, rStyle, PLAIN, DATE, PLAIN, PLAIN, own],
    );
  }
  ledger.commit();

  const rates = wb.addWorksheet(sw.sheets.rates);
  columns(rates, [
    [c.from, 8],
    [c.to, 8],
    [c.rate, 14],
    [c.rateDate, 11],
    [c.rateSource, 18],
    [c.note, 30],
  ]);
  const used = new Map(
    converter
      .ratesUsed()
      .concat(input.summary.ratesUsed)
      .map((x) => [`${x.from}${x.to}${x.date}${x.source}${x.rate}`, x]),
  );
  for (const x of used.values()) {
    addRow(
      rates,
      [x.from, x.to, Number(x.rate), utc(x.date), rw.rateSources[x.source], x.note],
      [PLAIN, PLAIN, RATE, DATE],
    );
  }
  rates.commit();

  const missing = wb.addWorksheet(sw.sheets.unconverted);
  columns(missing, [
    [c.date, 11],
    [c.amount, 16],
    [c.currency, 9],
    [c.nearestRate, 34],
  ]);
  for (const u of input.summary.unconverted) {
    const n = u.missing.nearest;
    addRow(
      missing,
      [
        utc(u.date),
        cellNumber(u.amount.amount, u.amount.currency),
        u.amount.currency,
        n ? `1 ${n.from} = ${n.rate} ${n.to} (${n.date})` : rw.none,
      ],
      [DATE, moneyStyle(u.amount.currency)],
    );
  }
  missing.commit();

  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
