import { grantIncome } from '../../../shared/domain/funding/grantIncome';
import { RateBook } from '../../../shared/domain/money/rates';
import type { GrantIncomeView } from '../../../shared/ipc/channels/funding';
import { AppFailure } from '../../../shared/ipc/errors';
import type { ServiceContext } from '../context';
import type { FundingProgrammes } from './fundingProgrammes';

/** An application's grant as budget income: what it records next to what the ledger holds against it. */
export function fundingIncome(ctx: ServiceContext, programmes: FundingProgrammes) {
  return {
    grantIncome(id: string): GrantIncomeView {
      const db = ctx.store().data;
      const a = db.applications.find((x) => x.id === id);
      if (!a) throw new AppFailure('NOT_FOUND', `No application with id ${id}`);
      let programmeCurrency: GrantIncomeView['currency'] = 'EUR';
      try {
        programmeCurrency = programmes.resolve(a.programme).programme.currency;
      } catch {
        // An edited programme that was deleted: its amounts still name their currency.
      }
      const income = grantIncome(a, db.ledger, new RateBook(db.rates), programmeCurrency);
      const plannedIn = db.cofinancing
        .filter((p) => p.shares.some((s) => s.source.applicationId === id))
        .map((p) => ({ planId: p.id, year: p.year, activityId: p.activityId }))
        .sort((x, y) => x.year - y.year);
      return { ...income, plannedIn };
    },
  };
}
export type FundingIncome = ReturnType<typeof fundingIncome>;
