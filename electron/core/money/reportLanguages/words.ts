import type { BuiltInCategory, IncomeKind } from '../../../../shared/domain/budget/categories';
import type { RateSource } from '../../../../shared/domain/money/rates';

/**
 * The budget report's words in the languages a committee prints in. They live beside the
 * builder, as the charter's clauses do, because the core cannot read the renderer's
 * catalogues; tests check that every language has every word.
 */
export interface ReportWords {
  title: string;
  reportingCurrency: string;
  scope: string;
  allYears: string;
  committeeBudget: string;
  byCategory: string;
  byActivity: string;
  byYear: string;
  byLine: string;
  category: string;
  activity: string;
  year: string;
  planned: string;
  actual: string;
  variance: string;
  used: string;
  total: string;
  income: string;
  source: string;
  received: string;
  cofinancing: string;
  cap: string;
  overCap: string;
  gap: string;
  surplus: string;
  advanceDue: string;
  balanceDue: string;
  owedToVolunteers: string;
  volunteer: string;
  paid: string;
  owed: string;
  /** Cash over time: the months of the ledger, money in and out, the balance at each month's end. */
  cashByMonth: string;
  cashNote: string;
  month: string;
  moneyIn: string;
  moneyOut: string;
  monthEndBalance: string;
  cashClosing: string;
  cashDue: string;
  cashProjected: string;
  cashLeftOut: string;
  ratesUsed: string;
  ratesNote: string;
  note: string;
  rate: string;
  rateDate: string;
  noRatesUsed: string;
  unconverted: string;
  unconvertedNote: string;
  amount: string;
  date: string;
  nearestRate: string;
  none: string;
  generatedOn: string;
  signatures: string;
  treasurer: string;
  president: string;
  page: string;
  categories: Record<BuiltInCategory, string>;
  /** A category no record names yet (one still on its way from another laptop). */
  unnamedCategory: string;
  incomeKinds: Record<IncomeKind, string>;
  rateSources: Record<RateSource, string>;
}
