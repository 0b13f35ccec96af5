import type { RateDraft } from '../../../shared/domain/budget/drafts';
import { importRateCsv } from '../../../shared/domain/money/rateCsv';
import { ExchangeRate } from '../../../shared/domain/money/rates';
import type { RateImportView, RateRecord } from '../../../shared/ipc/channels/moneyViews';
import type { RecordOf } from '../store/records';
import type { Tx } from '../store/transaction';
import type { ServiceContext } from '../context';
import { checkedWith, fieldsOf, invalid, notFound } from './moneyCommon';

type Stored = RecordOf<'rates'>;

const sameKey = (a: ExchangeRate, b: ExchangeRate) =>
  a.from === b.from && a.to === b.to && a.date === b.date && a.source === b.source;

const view = (r: Stored): RateRecord => r;

const byPairThenDate = (a: Stored, b: Stored) =>
  a.from !== b.from
    ? a.from.localeCompare(b.from)
    : a.to !== b.to
      ? a.to.localeCompare(b.to)
      : b.date.localeCompare(a.date);

/** Exchange rates as records the secretary types or imports; none is ever fetched. */
export function moneyRatesService(ctx: ServiceContext) {
  const saveIn = (tx: Tx, draft: RateDraft): Stored => {
    const rate = checkedWith(ExchangeRate, fieldsOf(draft), 'exchange rate');
    const current = draft.id === undefined ? undefined : tx.get('rates', draft.id);
    if (draft.id !== undefined && !current) throw notFound('exchange rate', draft.id);
    const twin = tx.all('rates').find((r) => r.id !== draft.id && sameKey(r, rate));
    if (twin) {
      throw invalid('A rate for this pair, day and source is already recorded', {
        path: ['date'],
        code: 'duplicate_rate',
        params: { rate: twin.rate },
      });
    }
    return current ? tx.put('rates', { ...rate, id: current.id }, draft.rev) : tx.insert('rates', rate);
  };

  return {
    list: (): RateRecord[] => [...ctx.store().data.rates].sort(byPairThenDate).map(view),

    async save(draft: RateDraft): Promise<RateRecord> {
      const { value } = await ctx.store().transaction((tx) => saveIn(tx, draft));
      return view(value);
    },

    async remove(id: string, rev?: number): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('rates', id)) throw notFound('exchange rate', id);
        tx.remove('rates', id, rev);
      });
      return { id };
    },

    /** Imports every row that reads in one commit; the report names each row's fate. */
    async importCsv(text: string): Promise<RateImportView> {
      const { value } = await ctx.store().transaction((tx) => {
        const report = importRateCsv(text, tx.all('rates'));
        for (const rate of report.rates) tx.insert('rates', rate);
        return report;
      });
      return { layout: value.layout, rows: value.rows, counts: value.counts };
    },
  };
}
export type MoneyRatesService = ReturnType<typeof moneyRatesService>;
