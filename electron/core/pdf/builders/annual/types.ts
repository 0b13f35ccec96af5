import type { AnnualContent } from '../../../../../shared/domain/annualReport/gather';
import type { Unconverted } from '../../../../../shared/domain/budget/convertAll';
import type { IncomeRow, VarianceRow } from '../../../../../shared/domain/budget/summary';
import type { CurrencyCode } from '../../../../../shared/domain/money/currencies';
import type { Money } from '../../../../../shared/domain/money/money';
import type { ExchangeRate, RateSource } from '../../../../../shared/domain/money/rates';

/**
 * The budget report's words the finance section shares, so both documents name things
 * alike; the service passes them per language (they live beside the budget report's builder).
 */
export interface FinanceWords {
  byCategory: string;
  byActivity: string;
  category: string;
  activity: string;
  planned: string;
  actual: string;
  variance: string;
  used: string;
  total: string;
  income: string;
  source: string;
  received: string;
  ratesUsed: string;
  ratesNote: string;
  rate: string;
  rateDate: string;
  noRatesUsed: string;
  unconverted: string;
  unconvertedNote: string;
  amount: string;
  date: string;
  committeeBudget: string;
  categories: Readonly<Record<string, string>>;
  incomeKinds: Readonly<Record<string, string>>;
  rateSources: Readonly<Record<RateSource, string>>;
}

/** The year's money in the reporting currency, with the rates used and what could not be converted. */
export interface AnnualFinance {
  reporting: CurrencyCode;
  byCategory: readonly VarianceRow[];
  byActivity: readonly VarianceRow[];
  total: VarianceRow;
  income: readonly IncomeRow[];
  incomeTotal: Money;
  ratesUsed: readonly ExchangeRate[];
  unconverted: readonly Unconverted[];
  activityLabels: Readonly<Record<string, string>>;
  words: Readonly<Record<string, FinanceWords>>;
}

export interface AnnualReportInput {
  /** One language, or two: then the whole report once in each, one after the other. */
  languages: readonly string[];
  committee: { name: string; town: string; country: string | null };
  preparedOn: string;
  content: AnnualContent;
  /** Null when no budget line or ledger entry exists for the year. */
  finance: AnnualFinance | null;
}
