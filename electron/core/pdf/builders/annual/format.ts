import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  countryName,
  formatDay,
  formatDayRange,
} from '../../../../../shared/domain/activities/documents/format';
import {
  documentWords,
  fill,
  type DocumentWords,
} from '../../../../../shared/domain/activities/documents/words';
import { annualWords, type AnnualWords } from '../../../../../shared/domain/annualReport/words';
import { formatMoney, moneyLocale } from '../../../../../shared/domain/money/formatMoney';
import type { Money } from '../../../../../shared/domain/money/money';

export const ACCENT = '#1f3a5f';
export const MUTED = '#555555';
export const WARN = '#a61b1b';

/** Everything a section needs to speak one language. */
export interface Lang {
  code: string;
  w: AnnualWords;
  d: DocumentWords;
  fill: typeof fill;
  day(iso: string): string;
  range(start: string, end: string): string;
  /** A charter date that may be a year alone ("2004"). */
  partialDay(date: string): string;
  country(code: string | null): string;
  percent(share: number): string;
  money(m: Money): string;
  signed(m: Money): string;
}

export function lang(code: string): Lang {
  const pct = new Intl.NumberFormat(moneyLocale(code), { style: 'percent', maximumFractionDigits: 0 });
  const w = annualWords(code);
  return {
    code,
    w,
    d: documentWords(code),
    fill,
    day: (iso) => formatDay(iso, code),
    range: (start, end) => formatDayRange(start, end, code),
    partialDay: (date) => (date.length === 10 ? formatDay(date, code) : date),
    country: (c) => (c === null ? w.countryUnknown : countryName(c, code)),
    percent: (share) => pct.format(share),
    money: (m) => formatMoney(m, code),
    signed: (m) => (m.amount > 0 ? `+${formatMoney(m, code)}` : formatMoney(m, code)),
  };
}

export const section = (text: string): Content => ({ text, style: 'section' });
export const sub = (text: string): Content => ({ text, style: 'sub' });
export const note = (text: string): Content => ({ text, style: 'note' });

export const num = (text: string, bold = false): TableCell => ({
  text,
  alignment: 'right',
  noWrap: true,
  bold,
});

export const head = (texts: readonly string[], numericFrom = 99): TableCell[] =>
  texts.map((text, i) => ({ text, style: 'tableHead', alignment: i >= numericFrom ? 'right' : 'left' }));

/** A light table: a rule under the head and at the foot, zebra rows to follow a line across. */
export const tableLayout = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 1 || i === node.table.body.length ? 0.6 : 0,
  hLineColor: () => '#9aa5b1',
  vLineWidth: () => 0,
  fillColor: (row: number) => (row > 0 && row % 2 === 0 ? '#f3f5f7' : null),
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A table whose head repeats on every page it runs over and never stands alone at a page foot. */
export function table(widths: (string | number)[], header: TableCell[], rows: TableCell[][]): Content {
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
    layout: tableLayout,
    margin: [0, 3, 0, 10],
  };
}

/** A heading travels with what follows it when that is short; a long table at least keeps its head. */
export function keep(stack: Content[], rows: number): Content {
  return rows <= 14 ? { stack, unbreakable: true } : { stack };
}
