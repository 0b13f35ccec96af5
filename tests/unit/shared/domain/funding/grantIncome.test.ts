import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../../../shared/domain/budget/model';
import { applicationCurrency, grantIncome } from '../../../../../shared/domain/funding/grantIncome';
import { RateBook } from '../../../../../shared/domain/money/rates';

const none = { requested: null, awarded: null, advanced: null, paid: null };
const income = (
  id: string,
  applicationId: string | null,
  amount: number,
  currency: 'EUR' | 'RON' | 'PLN',
  date: string,
): LedgerEntry => ({
  id,
  direction: 'income',
  date,
  counterparty: 'EACEA',
  amount: { amount, currency },
  activityId: null,
  description: '',
  receipt: null,
  conversion: null,
  source: { kind: 'grant', name: 'CERV', applicationId },
});

describe('a grant application as budget income', () => {
  it('takes the currency of the amounts, else of the programme', () => {
    expect(applicationCurrency({ amounts: none, plannedCosts: null }, 'EUR')).toBe('EUR');
    expect(
      applicationCurrency(
        { amounts: { ...none, awarded: { amount: 1, currency: 'RON' } }, plannedCosts: null },
        'EUR',
      ),
    ).toBe('RON');
  });

  it('sums only the income booked against this application, converting each on its day, leaving out what has no rate', () => {
    const book = new RateBook([
      { from: 'EUR', to: 'RON', rate: '4.9750', date: '2026-03-01', source: 'inforeuro', note: '' },
    ]);
    const got = grantIncome(
      { id: 'a1', amounts: { ...none, paid: { amount: 1_000_00, currency: 'EUR' } }, plannedCosts: null },
      [
        income('e2', 'a1', 497_50, 'RON', '2026-03-15'),
        income('e1', 'a1', 500_00, 'EUR', '2026-03-10'),
        income('e3', 'a1', 400_00, 'PLN', '2026-03-20'),
        income('e4', 'other', 999_00, 'EUR', '2026-03-20'),
      ],
      book,
      'EUR',
    );
    expect(got.entries.map((e) => e.entryId)).toEqual(['e1', 'e2', 'e3']);
    expect(got.entries.map((e) => e.converted?.amount ?? null)).toEqual([500_00, 100_00, null]);
    expect(got.booked).toEqual({ amount: 600_00, currency: 'EUR' });
    expect(got.unconverted.map((u) => u.id)).toEqual(['e3']);
    expect(got.ratesUsed.map((r) => r.rate)).toEqual(['4.9750']);
  });
});
