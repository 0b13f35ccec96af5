import Big from 'big.js';
import { parseCsv } from '../csv/parseCsv';
import { isCurrencyCode } from './currencies';
import { ExchangeRate, RATE_SOURCES, type RateSource } from './rates';
import { isRealDate } from '../common';

/**
 * Importing rates from a spreadsheet, in one of two layouts:
 * - long: one rate per row, columns from, to, rate, date and optionally source and note;
 * - ECB wide (eurofxref.csv / eurofxref-hist.csv): a Date column and one column per
 *   currency, each cell the value of 1 EUR; "N/A" cells are days without a rate.
 * Every row gets a line in the report; nothing is guessed and no rate is ever 1 by default.
 */
export const RATE_ROW_PROBLEMS = [
  'unknown_currency',
  'same_currency',
  'invalid_rate',
  'invalid_date',
  'unknown_source',
  'missing_column',
  'duplicate',
  'conflict',
] as const;
export type RateRowProblem = (typeof RATE_ROW_PROBLEMS)[number];

export interface RateRowReport {
  /** The line in the file (1 = the header). */
  line: number;
  /** The column the row's problem was in, for the long layout ("rate"), or the currency (ECB). */
  column: string;
  status: 'imported' | 'skipped' | 'refused';
  problem: RateRowProblem | null;
  rate: ExchangeRate | null;
}

export interface RateCsvImport {
  layout: 'long' | 'ecb' | 'unknown';
  rates: ExchangeRate[];
  rows: RateRowReport[];
  counts: { imported: number; skipped: number; refused: number };
}

const ALIASES: Record<string, readonly string[]> = {
  from: ['from', 'de la', 'de', 'von', 'base'],
  to: ['to', 'in', 'către', 'vers', 'nach', 'quote', 'currency'],
  rate: ['rate', 'curs', 'taux', 'kurs', 'value'],
  date: ['date', 'data', 'datum', 'time_period'],
  source: ['source', 'sursa', 'sursă', 'quelle'],
  note: ['note', 'notă', 'nota', 'notiz', 'remarque'],
};

const norm = (s: string) => s.trim().toLowerCase();

/** "4,9750" (a spreadsheet in a comma-decimal language) reads as 4.9750; no grouping marks in rates. */
function rateText(cell: string): string | null {
  let s = cell.trim();
  if (!s.includes('.') && (s.match(/,/g) ?? []).length === 1) s = s.replace(',', '.');
  if (!/^\d{1,12}(\.\d{1,16})?$/.test(s) || !new Big(s).gt(0)) return null;
  return new Big(s).toFixed();
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** ISO dates, day-first dates of ro/de (05.06.2026) and fr (05/06/2026), and the ECB daily file's "04 May 2026". */
function dateText(cell: string): string | null {
  const s = cell.trim();
  const written = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(s);
  if (written) {
    const month = MONTHS.indexOf((written[2] ?? '').toLowerCase()) + 1;
    const iso = `${written[3]}-${String(month).padStart(2, '0')}-${(written[1] ?? '').padStart(2, '0')}`;
    return month > 0 && isRealDate(iso) ? iso : null;
  }
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  const iso = dayFirst
    ? `${dayFirst[3]}-${(dayFirst[2] ?? '').padStart(2, '0')}-${(dayFirst[1] ?? '').padStart(2, '0')}`
    : s;
  return isRealDate(iso) ? iso : null;
}

function columnIndex(header: readonly string[], name: string): number {
  const names = ALIASES[name] ?? [name];
  return header.findIndex((h) => names.includes(norm(h)));
}

export function importRateCsv(text: string, existing: readonly ExchangeRate[] = []): RateCsvImport {
  const parsed = parseCsv(text, 200_000);
  const [head, ...body] = parsed.records;
  const rows: RateRowReport[] = [];
  const rates: ExchangeRate[] = [];
  const seen = new Map<string, string>();
  for (const r of existing) seen.set(`${r.from}>${r.to}|${r.source}|${r.date}`, r.rate);
  const result = (layout: RateCsvImport['layout']): RateCsvImport => ({
    layout,
    rates,
    rows,
    counts: {
      imported: rows.filter((r) => r.status === 'imported').length,
      skipped: rows.filter((r) => r.status === 'skipped').length,
      refused: rows.filter((r) => r.status === 'refused').length,
    },
  });
  if (!head) return result('unknown');
  const header = head.fields;

  const accept = (line: number, column: string, candidate: ExchangeRate) => {
    const key = `${candidate.from}>${candidate.to}|${candidate.source}|${candidate.date}`;
    const before = seen.get(key);
    if (before === candidate.rate) {
      rows.push({ line, column, status: 'skipped', problem: 'duplicate', rate: candidate });
    } else if (before !== undefined) {
      rows.push({ line, column, status: 'refused', problem: 'conflict', rate: candidate });
    } else {
      seen.set(key, candidate.rate);
      rates.push(candidate);
      rows.push({ line, column, status: 'imported', problem: null, rate: candidate });
    }
  };
  const refuse = (line: number, column: string, problem: RateRowProblem) =>
    rows.push({ line, column, status: 'refused', problem, rate: null });

  const cols = {
    from: columnIndex(header, 'from'),
    to: columnIndex(header, 'to'),
    rate: columnIndex(header, 'rate'),
    date: columnIndex(header, 'date'),
    source: columnIndex(header, 'source'),
    note: columnIndex(header, 'note'),
  };

  if (cols.from >= 0 && cols.to >= 0 && cols.rate >= 0 && cols.date >= 0) {
    for (const { line, fields } of body) {
      const cell = (i: number) => (i >= 0 ? (fields[i] ?? '').trim() : '');
      const from = cell(cols.from).toUpperCase();
      const to = cell(cols.to).toUpperCase();
      const sourceText = norm(cell(cols.source)) || 'csv';
      if (!isCurrencyCode(from)) refuse(line, 'from', 'unknown_currency');
      else if (!isCurrencyCode(to)) refuse(line, 'to', 'unknown_currency');
      else if (from === to) refuse(line, 'to', 'same_currency');
      else if (rateText(cell(cols.rate)) === null) refuse(line, 'rate', 'invalid_rate');
      else if (dateText(cell(cols.date)) === null) refuse(line, 'date', 'invalid_date');
      else if (!(RATE_SOURCES as readonly string[]).includes(sourceText))
        refuse(line, 'source', 'unknown_source');
      else {
        const candidate = ExchangeRate.parse({
          from,
          to,
          rate: rateText(cell(cols.rate)),
          date: dateText(cell(cols.date)),
          source: sourceText as RateSource,
          note: cell(cols.note).slice(0, 500),
        });
        accept(line, 'rate', candidate);
      }
    }
    return result('long');
  }

  if (cols.date >= 0 && header.some((h, i) => i !== cols.date && isCurrencyCode(h.trim().toUpperCase()))) {
    // A column of a currency the app does not know (the ECB quotes about thirty) is named once.
    header.forEach((h, i) => {
      const code = h.trim().toUpperCase();
      if (i !== cols.date && code !== '' && !isCurrencyCode(code)) {
        rows.push({
          line: head.line,
          column: code,
          status: 'skipped',
          problem: 'unknown_currency',
          rate: null,
        });
      }
    });
    for (const { line, fields } of body) {
      const date = dateText(fields[cols.date] ?? '');
      if (date === null) {
        refuse(line, header[cols.date] ?? 'Date', 'invalid_date');
        continue;
      }
      header.forEach((h, i) => {
        const code = h.trim().toUpperCase();
        const value = (fields[i] ?? '').trim();
        // The ECB file ends every line with a comma, and leaves days without a rate as N/A.
        if (i === cols.date || code === '' || value === '' || value.toUpperCase() === 'N/A') return;
        if (!isCurrencyCode(code)) return;
        if (code === 'EUR') return refuse(line, code, 'same_currency');
        const rate = rateText(value);
        if (rate === null) return refuse(line, code, 'invalid_rate');
        accept(
          line,
          code,
          ExchangeRate.parse({ from: 'EUR', to: code, rate, date, source: 'ecb', note: '' }),
        );
      });
    }
    return result('ecb');
  }

  refuse(head.line, header.join(','), 'missing_column');
  return result('unknown');
}
