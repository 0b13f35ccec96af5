import type { Content, TableCell } from 'pdfmake/interfaces';
import type { VarianceRow } from '../../../shared/domain/budget/summary';
import { formatMoney, moneyLocale } from '../../../shared/domain/money/formatMoney';
import type { Money } from '../../../shared/domain/money/money';
import type { ReportWords } from './reportWords';

/** What the tables need to say things in the report's language. */
export interface ReportFormat {
  words: ReportWords;
  language: string;
  money(m: Money): string;
  /** A variance: "+" when over the plan, so an overrun cannot be mistaken for a saving. */
  signed(m: Money): string;
  percent(p: number | null): string;
  date(iso: string): string;
  /** A month of the ledger (YYYY-MM) as a table's row names it: "July 2026", "Iulie 2026". */
  month(yyyyMm: string): string;
}

export function reportFormat(words: ReportWords, language: string): ReportFormat {
  const locale = moneyLocale(language);
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    words,
    language,
    money: (m) => formatMoney(m, language),
    signed: (m) => (m.amount > 0 ? `+${formatMoney(m, language)}` : formatMoney(m, language)),
    // A percentage is for reading: the float is only ever displayed.
    percent: (p) => (p === null ? '–' : percent.format(p / 100)),
    // French writes the first of a month as an ordinal: « 1er juillet 2026 ».
    date: (iso) => {
      const text = date.format(new Date(`${iso}T00:00:00Z`));
      return language === 'fr' && iso.endsWith('-01') ? text.replace(/^1 /, '1er ') : text;
    },
    // Romanian and French write months in lower case; a row of a table starts with a capital.
    month: (yyyyMm) => {
      const text = month.format(new Date(`${yyyyMm}-01T00:00:00Z`));
      return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
    },
  };
}

export const num = (text: string, bold = false): TableCell => ({
  text,
  alignment: 'right',
  noWrap: true,
  bold,
});

export const head = (texts: readonly string[], numericFrom: number): TableCell[] =>
  texts.map((text, i) => ({ text, style: 'tableHead', alignment: i >= numericFrom ? 'right' : 'left' }));

/** A light table: a rule under the head and above the total, zebra rows to follow a line across. */
export const tableLayout = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 1 || i === node.table.body.length ? 0.6 : 0,
  vLineWidth: () => 0,
  fillColor: (row: number) => (row > 0 && row % 2 === 0 ? '#f3f5f7' : null),
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A planned / actual / variance / used table, with a total row when `total` is given. */
export function varianceTable(
  f: ReportFormat,
  firstColumn: string,
  rows: readonly VarianceRow[],
  label: (row: VarianceRow) => string,
  total: VarianceRow | null,
): Content {
  const w = f.words;
  const line = (r: VarianceRow, bold = false): TableCell[] => [
    { text: bold ? w.total : label(r), bold },
    num(f.money(r.planned), bold),
    num(f.money(r.actual), bold),
    {
      ...(num(f.signed(r.variance), bold) as object),
      color: r.variance.amount > 0 ? '#a61b1b' : '#1a1a1a',
    } as TableCell,
    num(f.percent(r.usedPercent), bold),
  ];
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths: ['*', 'auto', 'auto', 'auto', 'auto'],
      body: [
        head([firstColumn, w.planned, w.actual, w.variance, w.used], 1),
        ...rows.map((r) => line(r)),
        ...(total ? [line(total, true)] : []),
      ],
    },
    layout: tableLayout,
    margin: [0, 4, 0, 14],
  };
}
