import type { CategoryNamer } from '../../../shared/domain/budget/categoryNames';
import { ReportConverter } from '../../../shared/domain/budget/convertAll';
import type { LedgerEntry } from '../../../shared/domain/budget/model';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import type { ExchangeRate, RateBook } from '../../../shared/domain/money/rates';
import { reportWords } from './reportWords';
import { sheetWords } from './sheetWords';

/** One ledger line as the workbook and the CSV show it: words in the language, amounts in minor units. */
export interface LedgerRow {
  date: string;
  type: string;
  counterparty: string;
  categoryOrSource: string;
  activity: string;
  amount: number;
  currency: CurrencyCode;
  /** In the reporting currency; null where no rate applied (the row says so, it is not 0). */
  converted: number | null;
  rate: ExchangeRate | null;
  /** The euro leg of a cross rate (RON→EUR→PLN), or null. */
  second: ExchangeRate | null;
  paidBy: string;
  owed: number | null;
  receipt: string;
  description: string;
}

export interface LedgerLabels {
  /** Names each category in the file's language (`categoryNamer`). */
  categoryName: CategoryNamer;
  activityLabels: Readonly<Record<string, string>>;
}

/** The ledger's rows in date order, each converted on its own day with the rate named. */
export function ledgerRows(
  entries: readonly LedgerEntry[],
  options: { language: string; reporting: CurrencyCode; book: RateBook } & LedgerLabels,
): { rows: LedgerRow[]; converter: ReportConverter } {
  const rw = reportWords(options.language);
  const sw = sheetWords(options.language);
  const conv = new ReportConverter(options.reporting, options.book);
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows = sorted.map((e): LedgerRow => {
    const recorded =
      e.conversion &&
      e.conversion.converted.currency === options.reporting &&
      e.conversion.original.amount === e.amount.amount
        ? {
            amount: e.conversion.converted.amount,
            rate: e.conversion.rate,
            second: e.conversion.second?.rate ?? null,
          }
        : null;
    const converted = conv.convert('entry', e.id, e.amount, e.date, recorded);
    const volunteer = e.direction === 'expense' && e.paidBy.kind === 'volunteer' ? e.paidBy : null;
    return {
      date: e.date,
      type: e.direction === 'expense' ? sw.expense : sw.income,
      counterparty: e.counterparty,
      categoryOrSource:
        e.direction === 'expense'
          ? options.categoryName(e.category)
          : e.source.name || rw.incomeKinds[e.source.kind],
      activity: e.activityId === null ? '' : (options.activityLabels[e.activityId] ?? e.activityId),
      amount: e.amount.amount,
      currency: e.amount.currency,
      converted,
      rate: conv.lastRate,
      second: conv.lastSecond,
      paidBy: volunteer ? volunteer.name : e.direction === 'expense' ? sw.committee : '',
      owed: volunteer ? Math.max(0, e.amount.amount - volunteer.reimbursed) : null,
      receipt: e.receipt?.fileName ?? '',
      description: e.description,
    };
  });
  return { rows, converter: conv };
}
