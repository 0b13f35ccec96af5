import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Backend } from '../backend';

type Dispatch = Backend['dispatch'];

async function must<C extends Channel>(dispatch: Dispatch, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await dispatch(channel, input);
  if (!result.ok)
    throw new Error(`The sample budget could not be written: ${channel}: ${result.error.message}`);
  return result.data as Output<C>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The sample committee's money for `year` (the year it is opened in): a budget in euros and
 * lei, the town's contribution, spending in both currencies at InforEuro's rate, and a gift a
 * volunteer paid for and is still owed, so the Money screens and the Overview's cards have
 * something to show. Dates stay in the first months, so they are never in the future.
 */
export async function seedSampleMoney(dispatch: Dispatch, year: number): Promise<void> {
  const day = (month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;
  await must(dispatch, 'rates:save', {
    from: 'EUR',
    to: 'RON',
    rate: '4.9770',
    date: day(1, 1),
    source: 'inforeuro',
    note: 'Sample rate',
  });
  const lines: Input<'budgetLines:save'>[] = [
    {
      year,
      category: 'travel',
      description: 'Coach to Ornans and back',
      planned: { amount: 180000, currency: 'EUR' },
    },
    {
      year,
      category: 'accommodation',
      description: 'Guests from Ornans, three nights',
      planned: { amount: 600000, currency: 'RON' },
    },
    {
      year,
      category: 'meals',
      description: 'Welcome dinner and lunches',
      planned: { amount: 450000, currency: 'RON' },
    },
    {
      year,
      category: 'protocol',
      description: 'Gifts for the delegation',
      planned: { amount: 15000, currency: 'EUR' },
    },
  ];
  for (const line of lines) await must(dispatch, 'budgetLines:save', line);
  await must(dispatch, 'ledger:save', {
    direction: 'income',
    date: day(1, 20),
    counterparty: 'Primăria Buziaș',
    source: { kind: 'municipality', name: 'Primăria Buziaș' },
    amount: { amount: 1500000, currency: 'RON' },
    description: 'Sample: the town’s yearly contribution',
  });
  await must(dispatch, 'ledger:save', {
    direction: 'expense',
    date: day(2, 3),
    counterparty: 'Transport Banat SRL',
    category: 'travel',
    amount: { amount: 90000, currency: 'EUR' },
    description: 'Sample: coach deposit',
  });
  await must(dispatch, 'ledger:save', {
    direction: 'expense',
    date: day(2, 14),
    counterparty: 'Librăria Banatului',
    category: 'protocol',
    amount: { amount: 21000, currency: 'EUR' },
    description: 'Sample: books on Buziaș for the guests',
    paidBy: { kind: 'volunteer', name: 'Ioana Popescu', reimbursed: 0 },
  });
}
