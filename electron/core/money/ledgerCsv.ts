import { writeCsv } from '../../../shared/domain/csv/writeCsv';
import type { LedgerEntry } from '../../../shared/domain/budget/model';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import { toDecimalString } from '../../../shared/domain/money/money';
import type { ExchangeRate, RateBook } from '../../../shared/domain/money/rates';
import { ledgerRows, type LedgerLabels } from './ledgerRows';
import { fill, reportWords } from './reportWords';
import { sheetWords } from './sheetWords';

/** The rate as a number, or both legs of a cross rate named ("EUR/RON 4,981; EUR/PLN 4,2611"). */
function rateText(rate: ExchangeRate | null, second: ExchangeRate | null, comma: boolean): string {
  const n = (x: ExchangeRate) => (comma ? x.rate.replace('.', ',') : x.rate);
  if (!rate) return '';
  return second ? `${rate.from}/${rate.to} ${n(rate)}; ${second.from}/${second.to} ${n(second)}` : n(rate);
}

/**
 * The ledger as CSV for a spreadsheet in the reader's language: English gets commas and
 * decimal points; Romanian, French and German get semicolons and decimal commas, which is
 * what Excel expects there. Amounts are written from minor units, exactly.
 */
export function buildLedgerCsv(
  entries: readonly LedgerEntry[],
  options: { language: string; reporting: CurrencyCode; book: RateBook } & LedgerLabels,
): string {
  const comma = options.language !== 'en';
  const delimiter = comma ? ';' : ',';
  const decimal = (amount: number, currency: CurrencyCode) => {
    const s = toDecimalString({ amount, currency });
    return comma ? s.replace('.', ',') : s;
  };
  const c = sheetWords(options.language).cols;
  const rw = reportWords(options.language);
  const { rows } = ledgerRows(entries, options);
  const inR = fill(c.inReporting, { currency: options.reporting });
  return writeCsv(
    [
      [
        c.date,
        c.type,
        c.counterparty,
        c.categoryOrSource,
        c.activity,
        c.amount,
        c.currency,
        inR,
        c.rate,
        c.rateDate,
        c.rateSource,
        c.paidBy,
        c.owed,
        c.receipt,
        c.description,
      ],
      ...rows.map((e) => [
        e.date,
        e.type,
        e.counterparty,
        e.categoryOrSource,
        e.activity,
        decimal(e.amount, e.currency),
        e.currency,
        e.converted === null ? '' : decimal(e.converted, options.reporting),
        rateText(e.rate, e.second, comma),
        e.rate?.date ?? '',
        e.rate ? rw.rateSources[e.rate.source] : '',
        e.paidBy,
        e.owed === null ? '' : decimal(e.owed, e.currency),
        e.receipt,
        e.description,
      ]),
    ],
    delimiter,
  );
}
