import type { CurrencyCode } from '../money/currencies';
import { money, type Money } from '../money/money';
import type { LedgerEntry } from './model';

export interface OwedToVolunteer {
  name: string;
  personId: string | null;
  /** Owed back in the currency the volunteer paid in: no rate is needed to repay it. */
  currency: CurrencyCode;
  paid: Money;
  reimbursed: Money;
  owed: Money;
  entryIds: string[];
}

/** What the committee still owes each volunteer who paid out of pocket, per person and currency. */
export function owedToVolunteers(entries: readonly LedgerEntry[]): OwedToVolunteer[] {
  const acc = new Map<
    string,
    {
      name: string;
      personId: string | null;
      currency: CurrencyCode;
      paid: number;
      reimbursed: number;
      ids: string[];
    }
  >();
  for (const e of entries) {
    if (e.direction !== 'expense' || e.paidBy.kind !== 'volunteer') continue;
    const who = e.paidBy.personId ?? e.paidBy.name.trim().toLowerCase();
    const key = `${who}|${e.amount.currency}`;
    let a = acc.get(key);
    if (!a) {
      a = {
        name: e.paidBy.name.trim(),
        personId: e.paidBy.personId,
        currency: e.amount.currency,
        paid: 0,
        reimbursed: 0,
        ids: [],
      };
      acc.set(key, a);
    }
    a.paid += e.amount.amount;
    // Paying back more than was laid out is not a debt the other way round.
    a.reimbursed += Math.min(e.paidBy.reimbursed, e.amount.amount);
    if (e.paidBy.reimbursed < e.amount.amount) a.ids.push(e.id);
  }
  return [...acc.values()]
    .filter((a) => a.paid > a.reimbursed)
    .sort((x, y) => x.name.localeCompare(y.name) || (x.currency < y.currency ? -1 : 1))
    .map((a) => ({
      name: a.name,
      personId: a.personId,
      currency: a.currency,
      paid: money(a.paid, a.currency),
      reimbursed: money(a.reimbursed, a.currency),
      owed: money(a.paid - a.reimbursed, a.currency),
      entryIds: a.ids,
    }));
}
