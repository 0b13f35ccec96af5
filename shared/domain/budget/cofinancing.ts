import type { CurrencyCode } from '../money/currencies';
import { allocate, money, type Money } from '../money/money';
import type { RateBook } from '../money/rates';
import { incomeSourceKey, type IncomeSource } from './categories';
import { ReportConverter, type Unconverted } from './convertAll';
import { entryYear, type CofinancingPlan, type LedgerEntry } from './model';

export interface FunderBalance {
  key: string;
  source: IncomeSource;
  planned: Money;
  received: Money;
  /** What the source should have paid before the project (pre-financing) but has not yet. */
  advanceDue: Money;
  /** Still to come from the source, advance included: planned − received, never below zero. */
  balanceDue: Money;
  /** The most the source may pay under its cap, given the total cost; null without a cap. */
  cap: Money | null;
}

export type CofinancingIssue =
  | { code: 'over_cap'; key: string; planned: Money; cap: Money }
  | { code: 'gap'; missing: Money }
  | { code: 'surplus'; extra: Money };

export interface CofinancingCheck {
  funders: FunderBalance[];
  issues: CofinancingIssue[];
  /** The shares in the reporting currency add up to this. */
  financed: Money;
  unconverted: Unconverted[];
}

/**
 * The co-financing plan against the plan's total cost and the money received: each source's
 * share, its cap (a fund paying at most 80 %), its advance and what it still owes; whether
 * the shares cover the cost exactly.
 */
export function checkCofinancing(
  plan: CofinancingPlan,
  totalCost: Money,
  entries: readonly LedgerEntry[],
  options: { reporting: CurrencyCode; book: RateBook },
): CofinancingCheck {
  const conv = new ReportConverter(options.reporting, options.book);
  const cost = conv.convert('share', plan.id, totalCost, `${plan.year}-01-01`) ?? 0;
  const received = new Map<string, number>();
  for (const e of entries) {
    if (e.direction !== 'income' || entryYear(e) !== plan.year) continue;
    if (plan.activityId !== null && e.activityId !== plan.activityId) continue;
    const n = conv.convert('entry', e.id, e.amount, e.date);
    if (n === null) continue;
    const key = incomeSourceKey(e.source);
    received.set(key, (received.get(key) ?? 0) + n);
  }
  const r = options.reporting;
  const issues: CofinancingIssue[] = [];
  let financed = 0;
  const funders = plan.shares.map((share): FunderBalance => {
    const key = incomeSourceKey(share.source);
    const planned = conv.convert('share', plan.id, share.planned, `${plan.year}-01-01`) ?? 0;
    financed += planned;
    const got = received.get(key) ?? 0;
    // Shares of an amount go through allocate, so a cap of 80 % of 0.99 is 0.79, not 0.792.
    const [advance = money(0, r)] = allocate(money(planned, r), [share.advanceBp, 10_000 - share.advanceBp]);
    const cap =
      share.maxShareBp === null
        ? null
        : (allocate(money(cost, r), [share.maxShareBp, 10_000 - share.maxShareBp])[0] ?? null);
    if (cap && planned > cap.amount) issues.push({ code: 'over_cap', key, planned: money(planned, r), cap });
    return {
      key,
      source: share.source,
      planned: money(planned, r),
      received: money(got, r),
      advanceDue: money(Math.max(0, advance.amount - got), r),
      balanceDue: money(Math.max(0, planned - got), r),
      cap,
    };
  });
  if (financed < cost) issues.push({ code: 'gap', missing: money(cost - financed, r) });
  if (financed > cost) issues.push({ code: 'surplus', extra: money(financed - cost, r) });
  return { funders, issues, financed: money(financed, r), unconverted: conv.unconverted };
}
