import type { BudgetLineDraft, CofinancingDraft } from '../../../shared/domain/budget/drafts';
import { BudgetLine, CofinancingPlan } from '../../../shared/domain/budget/model';
import type { BudgetLineRecord, CofinancingRecord } from '../../../shared/ipc/channels/moneyViews';
import { categoryOrder } from '../../../shared/domain/budget/categoryNames';
import { categoryNamerFor, requireCategory } from './moneyCategories';
import type { ServiceContext } from '../context';
import { requireApplication } from './grantLinks';
import { checkedWith, fieldsOf, invalid, notFound, requireActivity } from './moneyCommon';

/** Lines by year and activity, then in the categories' order (never by key), then by description. */
const byLine = (order: (a: string, b: string) => number) => (a: BudgetLineRecord, b: BudgetLineRecord) =>
  a.year - b.year ||
  (a.activityId ?? '').localeCompare(b.activityId ?? '') ||
  order(a.category, b.category) ||
  a.description.localeCompare(b.description);

/** Budget lines per year and activity, each planned in its own currency, and the co-financing plans. */
export function moneyBudgetService(ctx: ServiceContext) {
  return {
    lines(year?: number): BudgetLineRecord[] {
      const data = ctx.store().data;
      const order = categoryOrder(data.budgetCategories, categoryNamerFor(data, 'en'));
      return data.budgetLines.filter((l) => year === undefined || l.year === year).sort(byLine(order));
    },

    async saveLine(draft: BudgetLineDraft): Promise<BudgetLineRecord> {
      const { value } = await ctx.store().transaction((tx) => {
        const current = draft.id === undefined ? undefined : tx.get('budgetLines', draft.id);
        if (draft.id !== undefined && !current) throw notFound('budget line', draft.id);
        const line = checkedWith(BudgetLine.omit({ id: true }), fieldsOf(draft), 'budget line');
        requireActivity(tx, line.activityId);
        requireCategory(tx, line.category, current?.category ?? null);
        return current
          ? tx.put('budgetLines', { ...line, id: current.id }, draft.rev)
          : tx.insert('budgetLines', line);
      });
      return value;
    },

    async removeLine(id: string, rev?: number): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('budgetLines', id)) throw notFound('budget line', id);
        tx.remove('budgetLines', id, rev);
      });
      return { id };
    },

    plan: (year: number, activityId: string | null): CofinancingRecord | null =>
      ctx.store().data.cofinancing.find((p) => p.year === year && p.activityId === activityId) ?? null,

    /** One plan per year and activity: saving a second for the same pair is refused at its year. */
    async savePlan(draft: CofinancingDraft): Promise<CofinancingRecord> {
      const { value } = await ctx.store().transaction((tx) => {
        const current = draft.id === undefined ? undefined : tx.get('cofinancing', draft.id);
        if (draft.id !== undefined && !current) throw notFound('co-financing plan', draft.id);
        const plan = checkedWith(CofinancingPlan.omit({ id: true }), fieldsOf(draft), 'co-financing plan');
        requireActivity(tx, plan.activityId);
        plan.shares.forEach((s, i) => requireApplication(tx, s.source, ['shares', i, 'source']));
        const twin = tx
          .all('cofinancing')
          .find((p) => p.id !== draft.id && p.year === plan.year && p.activityId === plan.activityId);
        if (twin) {
          throw invalid('This year and activity already have a co-financing plan', {
            path: ['year'],
            code: 'duplicate_plan',
          });
        }
        return current
          ? tx.put('cofinancing', { ...plan, id: current.id }, draft.rev)
          : tx.insert('cofinancing', plan);
      });
      return value;
    },
  };
}
export type MoneyBudgetService = ReturnType<typeof moneyBudgetService>;
