import { budgetCash } from '../../../shared/domain/budget/cash';
import { categoryNamer } from '../../../shared/domain/budget/categoryNames';
import { BudgetLine, CofinancingPlan, LedgerEntry } from '../../../shared/domain/budget/model';
import { checkCofinancing } from '../../../shared/domain/budget/cofinancing';
import { summariseBudget } from '../../../shared/domain/budget/summary';
import { owedToVolunteers } from '../../../shared/domain/budget/volunteers';
import { ExchangeRate, RateBook } from '../../../shared/domain/money/rates';
import type { BudgetReportInput } from './buildBudgetReportDoc';
import { categoryWords } from './reportWords';

/**
 * A youth exchange hosted in Buziaș in July 2026: planned in EUR and RON, paid in RON and
 * PLN (the Polish group's travel), a CERV grant at most 80 %, one volunteer who paid the
 * flowers out of pocket, and one payment in HUF for which no rate was recorded.
 */
export const rates = [
  { from: 'EUR', to: 'RON', rate: '4.9750', date: '2026-01-01', source: 'inforeuro' },
  { from: 'EUR', to: 'RON', rate: '4.9770', date: '2026-05-01', source: 'inforeuro' },
  { from: 'EUR', to: 'RON', rate: '4.9810', date: '2026-07-01', source: 'inforeuro' },
  { from: 'EUR', to: 'PLN', rate: '4.2611', date: '2026-07-01', source: 'inforeuro' },
  { from: 'EUR', to: 'PLN', rate: '4.2500', date: '2026-01-01', source: 'inforeuro' },
].map((r) => ExchangeRate.parse(r));

export const book = () => new RateBook(rates, { sources: ['inforeuro'], ecbMaxAgeDays: 7 });

export const lines = [
  {
    id: 'l-travel',
    year: 2026,
    activityId: 'youth',
    category: 'travel',
    planned: { amount: 300000, currency: 'EUR' },
  },
  {
    id: 'l-accommodation',
    year: 2026,
    activityId: 'youth',
    category: 'accommodation',
    planned: { amount: 1492500, currency: 'RON' },
  },
  {
    id: 'l-meals',
    year: 2026,
    activityId: 'youth',
    category: 'meals',
    planned: { amount: 995000, currency: 'RON' },
  },
  {
    id: 'l-protocol',
    year: 2026,
    activityId: null,
    category: 'protocol',
    planned: { amount: 50000, currency: 'EUR' },
  },
].map((l) => BudgetLine.parse(l));

const source = (kind: string, name: string, applicationId: string | null = null) => ({
  kind,
  name,
  applicationId,
});

export const entries = [
  {
    id: 'e1',
    direction: 'expense',
    date: '2026-07-02',
    counterparty: 'FlixBus Polska',
    category: 'travel',
    activityId: 'youth',
    amount: { amount: 1278330, currency: 'PLN' },
  },
  {
    id: 'e2',
    direction: 'expense',
    date: '2026-07-10',
    counterparty: 'Hotel Parc Buziaș',
    category: 'accommodation',
    activityId: 'youth',
    amount: { amount: 1600000, currency: 'RON' },
  },
  {
    id: 'e3',
    direction: 'expense',
    date: '2026-07-11',
    counterparty: 'Cantina Veche',
    category: 'meals',
    activityId: 'youth',
    amount: { amount: 498050, currency: 'RON' },
  },
  {
    id: 'e4',
    direction: 'expense',
    date: '2026-07-12',
    counterparty: 'Florăria Iris',
    category: 'protocol',
    activityId: null,
    amount: { amount: 45000, currency: 'RON' },
    paidBy: { kind: 'volunteer', name: 'Ioana Popescu', reimbursed: 15000 },
  },
  {
    id: 'e5',
    direction: 'expense',
    date: '2026-07-13',
    counterparty: 'Szeged Tours',
    category: 'travel',
    activityId: 'youth',
    amount: { amount: 2500000, currency: 'HUF' },
  },
  {
    id: 'i1',
    direction: 'income',
    date: '2026-06-15',
    counterparty: 'EACEA',
    activityId: 'youth',
    amount: { amount: 400000, currency: 'EUR' },
    source: source('grant', 'CERV Town-Twinning 2026', 'app-1'),
  },
  {
    id: 'i2',
    direction: 'income',
    date: '2026-05-02',
    counterparty: 'Primăria Buziaș',
    activityId: 'youth',
    amount: { amount: 1000000, currency: 'RON' },
    source: source('municipality', 'Primăria Buziaș'),
  },
].map((e) => LedgerEntry.parse(e));

export const plan = CofinancingPlan.parse({
  id: 'plan-youth',
  year: 2026,
  activityId: 'youth',
  shares: [
    {
      source: source('grant', 'CERV Town-Twinning 2026', 'app-1'),
      planned: { amount: 650000, currency: 'EUR' },
      maxShareBp: 8000,
      advanceBp: 5000,
    },
    {
      source: source('municipality', 'Primăria Buziaș'),
      planned: { amount: 995000, currency: 'RON' },
      maxShareBp: null,
    },
  ],
});

/** The sample as the report builder takes it, for the bench, the tests and a look at the pages. */
export function sampleReportInput(language: string): BudgetReportInput {
  const summary = summariseBudget(lines, entries, { reporting: 'EUR', book: book() });
  const cofinancing = checkCofinancing(plan, summary.total.planned, entries, {
    reporting: 'EUR',
    book: book(),
  });
  return {
    language,
    committeeName: 'Comitetul de înfrățire Buziaș',
    scope: 'Schimb de tineri Buziaș–Ornans, 2026',
    preparedOn: '2026-09-15',
    summary,
    cofinancing,
    cash: budgetCash(entries, { reporting: 'EUR', book: book(), cofinancing }),
    volunteers: owedToVolunteers(entries),
    categoryName: categoryNamer([], language, categoryWords(language)),
    activityLabels: { youth: 'Schimb de tineri Buziaș–Ornans' },
  };
}
