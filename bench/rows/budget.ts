import { summariseBudget } from '../../shared/domain/budget/summary';
import { RateBook } from '../../shared/domain/money/rates';
import { measurePair, row, type BenchRow } from '../measure';
import { budgetData } from './budgetData';

/**
 * Planned against actual for 50,000 entries over 10 years in 5 currencies, each converted on
 * its day (ECB, InforEuro), beside a bare loop that only adds the raw amounts up.
 */
export async function budgetSummary50k(): Promise<BenchRow[]> {
  const { rates, lines, entries } = budgetData(50_000);
  const book = new RateBook(rates, { sources: ['inforeuro', 'ecb'], ecbMaxAgeDays: 7 });
  let sink = 0;
  const { subject, baseline } = await measurePair(
    () => {
      sink += summariseBudget(lines, entries, { reporting: 'EUR', book }).total.actual.amount;
    },
    () => {
      for (const e of entries) sink += e.amount.amount;
    },
    { warmup: 5, runs: 30 },
  );
  if (sink === 0) throw new Error('the ledger summed to nothing');
  return [
    row('budget.summary.50k', 'ms', subject, 50),
    row('budget.summary.50k.baseline', 'ms', baseline, 5),
  ];
}
