import type { StateCreator } from 'zustand';
import type { CategoryDraft } from '../../shared/domain/budget/categories';
import type {
  BudgetLineDraft,
  LedgerEntryDraft,
  LedgerFilter,
  RateDraft,
} from '../../shared/domain/budget/drafts';
import type { CurrencyCode } from '../../shared/domain/money/currencies';
import type {
  BudgetLineRecord,
  BudgetSummaryView,
  CategoryView,
  LedgerRecord,
  MoneyOverviewView,
  RateImportView,
  RateRecord,
} from '../../shared/ipc/channels/moneyViews';
import { call } from '../api/client';
import type { AppState } from './store';

export interface BudgetScopeKey {
  year: number;
  reporting: CurrencyCode;
}

export interface MoneySlice {
  rates: RateRecord[] | null;
  /** The committee's budget categories, built-in and its own, retired ones too. */
  categories: CategoryView[] | null;
  budgetScope: BudgetScopeKey | null;
  budgetLines: BudgetLineRecord[] | null;
  budgetSummary: BudgetSummaryView | null;
  ledgerFilter: LedgerFilter | null;
  ledger: LedgerRecord[] | null;
  moneyOverview: MoneyOverviewView | null;
  loadRates(): Promise<void>;
  saveRate(draft: RateDraft): Promise<void>;
  removeRate(id: string, rev: number): Promise<void>;
  importRates(text: string): Promise<RateImportView>;
  loadCategories(): Promise<void>;
  saveCategory(draft: CategoryDraft): Promise<void>;
  removeCategory(id: string, rev: number): Promise<void>;
  loadBudget(scope: BudgetScopeKey): Promise<void>;
  saveBudgetLine(draft: BudgetLineDraft): Promise<void>;
  removeBudgetLine(id: string, rev: number): Promise<void>;
  loadLedger(filter: LedgerFilter): Promise<void>;
  saveLedgerEntry(draft: LedgerEntryDraft): Promise<void>;
  removeLedgerEntry(id: string, rev: number): Promise<void>;
  loadMoneyOverview(): Promise<void>;
  /** After any money record changed: reload what is on screen. */
  refreshMoney(): Promise<void>;
  /** One more after every money change, so a view that loads its own figures (an activity's budget) follows. */
  moneyRevision: number;
}

export const createMoneySlice: StateCreator<AppState, [], [], MoneySlice> = (set, get) => ({
  rates: null,
  categories: null,
  budgetScope: null,
  budgetLines: null,
  budgetSummary: null,
  ledgerFilter: null,
  ledger: null,
  moneyOverview: null,
  moneyRevision: 0,

  loadRates: async () => set({ rates: await call('rates:list', {}) }),
  saveRate: async (draft) => {
    await call('rates:save', draft);
    await get().refreshMoney();
  },
  removeRate: async (id, rev) => {
    await call('rates:remove', { id, rev });
    await get().refreshMoney();
  },
  importRates: async (text) => {
    const report = await call('rates:importCsv', { text });
    await get().refreshMoney();
    return report;
  },

  loadCategories: async () => set({ categories: await call('categories:list', {}) }),
  saveCategory: async (draft) => {
    await call('categories:save', draft);
    await get().refreshMoney();
  },
  removeCategory: async (id, rev) => {
    await call('categories:remove', { id, rev });
    await get().refreshMoney();
  },

  loadBudget: async (scope) => {
    set({ budgetScope: scope });
    const [lines, summary] = await Promise.all([
      call('budgetLines:list', { year: scope.year }),
      call('budget:summary', { year: scope.year, reportingCurrency: scope.reporting }),
    ]);
    // A quicker later request for another year wins.
    const now = get().budgetScope;
    if (now?.year === scope.year && now.reporting === scope.reporting)
      set({ budgetLines: lines, budgetSummary: summary });
  },
  saveBudgetLine: async (draft) => {
    await call('budgetLines:save', draft);
    await get().refreshMoney();
  },
  removeBudgetLine: async (id, rev) => {
    await call('budgetLines:remove', { id, rev });
    await get().refreshMoney();
  },

  loadLedger: async (filter) => {
    set({ ledgerFilter: filter });
    const rows = await call('ledger:list', filter);
    if (JSON.stringify(get().ledgerFilter) === JSON.stringify(filter)) set({ ledger: rows });
  },
  saveLedgerEntry: async (draft) => {
    await call('ledger:save', draft);
    await get().refreshMoney();
  },
  removeLedgerEntry: async (id, rev) => {
    await call('ledger:remove', { id, rev });
    await get().refreshMoney();
  },

  loadMoneyOverview: async () => set({ moneyOverview: await call('budget:overview', {}) }),

  refreshMoney: async () => {
    set({ moneyRevision: get().moneyRevision + 1 });
    const s = get();
    await Promise.allSettled([
      s.rates ? s.loadRates() : null,
      s.categories ? s.loadCategories() : null,
      s.budgetScope ? s.loadBudget(s.budgetScope) : null,
      s.ledgerFilter ? s.loadLedger(s.ledgerFilter) : null,
      s.moneyOverview ? s.loadMoneyOverview() : null,
    ]);
  },
});
