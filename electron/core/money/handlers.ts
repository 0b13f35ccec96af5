import type { MoneyCategoriesService } from './moneyCategories';
import type { MoneyBudgetService } from './moneyBudget';
import type { MoneyLedgerService } from './moneyLedger';
import type { MoneyRatesService } from './moneyRates';
import type { MoneyReportsService } from './moneyReports';
import type { moneyChannels } from '../../../shared/ipc/channels/money';
import type { HandlerMap } from '../handlerTypes';

export const moneyHandlers = (s: {
  rates: MoneyRatesService;
  categories: MoneyCategoriesService;
  budget: MoneyBudgetService;
  ledger: MoneyLedgerService;
  reports: MoneyReportsService;
}): HandlerMap<keyof typeof moneyChannels> => ({
  'rates:list': () => s.rates.list(),
  'rates:save': (draft) => s.rates.save(draft),
  'rates:remove': ({ id, rev }) => s.rates.remove(id, rev),
  'rates:importCsv': ({ text }) => s.rates.importCsv(text),
  'categories:list': () => s.categories.list(),
  'categories:save': (draft) => s.categories.save(draft),
  'categories:remove': ({ id, rev }) => s.categories.remove(id, rev),
  'budgetLines:list': ({ year }) => s.budget.lines(year),
  'budgetLines:save': (draft) => s.budget.saveLine(draft),
  'budgetLines:remove': ({ id, rev }) => s.budget.removeLine(id, rev),
  'ledger:list': (filter) => s.ledger.list(filter),
  'ledger:save': (draft) => s.ledger.save(draft),
  'ledger:remove': ({ id, rev }) => s.ledger.remove(id, rev),
  'ledger:addReceipt': ({ bytes, fileName }) => s.ledger.addReceipt(bytes, fileName),
  'ledger:receipt': ({ attachmentId }) => s.ledger.receipt(attachmentId),
  'cofinancing:get': ({ year, activityId, reportingCurrency }) => ({
    plan: s.budget.plan(year, activityId),
    check: s.reports.cofinancingCheck(year, activityId, reportingCurrency),
  }),
  'cofinancing:save': (draft) => s.budget.savePlan(draft),
  'budget:summary': (scope) => s.reports.summary(scope),
  'budget:overview': ({ reportingCurrency }) => s.reports.overview(reportingCurrency),
  'budget:exportXlsx': (input) => s.reports.exportXlsx(input),
  'budget:exportCsv': (input) => s.reports.exportCsv(input),
});
