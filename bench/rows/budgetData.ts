import { BUILT_IN_CATEGORIES } from '../../shared/domain/budget/categories';
import type { BudgetLine, LedgerEntry } from '../../shared/domain/budget/model';
import type { CurrencyCode } from '../../shared/domain/money/currencies';
import type { ExchangeRate } from '../../shared/domain/money/rates';

/** A deterministic pseudo-random sequence, so every bench run sums the same ledger. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CURRENCIES: CurrencyCode[] = ['EUR', 'RON', 'PLN', 'HUF', 'CZK'];
const BASE: Record<string, number> = { RON: 49750, PLN: 42611, HUF: 3952100, CZK: 251230 };
const ACTIVITIES = ['youth', 'choir', 'football', 'seniors', 'market'];

function isoDay(start: number, offset: number): string {
  return new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A committee's ten years (2017–2026) in five currencies: ECB rates every working day,
 * InforEuro every month, 500 budget lines and `count` ledger entries.
 */
export function budgetData(count = 50_000): {
  rates: ExchangeRate[];
  lines: BudgetLine[];
  entries: LedgerEntry[];
} {
  const rnd = lcg(12);
  const start = Date.UTC(2017, 0, 1);
  const days = Math.round((Date.UTC(2026, 11, 31) - start) / 86_400_000) + 1;
  const rates: ExchangeRate[] = [];
  for (let d = 0; d < days; d++) {
    const date = isoDay(start, d);
    const weekday = new Date(start + d * 86_400_000).getUTCDay();
    for (const to of CURRENCIES.slice(1)) {
      const units = Math.round((BASE[to] ?? 1) * (0.95 + 0.1 * rnd()));
      const rate = `${Math.floor(units / 10_000)}.${String(units % 10_000).padStart(4, '0')}`;
      if (weekday !== 0 && weekday !== 6)
        rates.push({ from: 'EUR', to, rate, date, source: 'ecb', note: '' } as ExchangeRate);
      if (date.endsWith('-01'))
        rates.push({ from: 'EUR', to, rate, date, source: 'inforeuro', note: '' } as ExchangeRate);
    }
  }
  const lines: BudgetLine[] = [];
  for (let year = 2017; year <= 2026; year++) {
    for (const activityId of ACTIVITIES) {
      for (const category of BUILT_IN_CATEGORIES) {
        const currency = CURRENCIES[lines.length % CURRENCIES.length] as CurrencyCode;
        lines.push({
          id: `l${lines.length}`,
          year,
          activityId,
          category,
          description: '',
          planned: { amount: Math.round(rnd() * 5_000_000), currency },
          rateDate: null,
        });
      }
    }
  }
  const entries: LedgerEntry[] = [];
  for (let i = 0; i < count; i++) {
    const date = isoDay(start, Math.floor(rnd() * days));
    const currency = CURRENCIES[Math.floor(rnd() * CURRENCIES.length)] as CurrencyCode;
    const base = {
      id: `e${i}`,
      date,
      counterparty: `Payee ${i % 300}`,
      amount: { amount: Math.round(rnd() * 200_000), currency },
      activityId: ACTIVITIES[i % ACTIVITIES.length] ?? null,
      description: '',
      receipt: null,
      conversion: null,
    };
    entries.push(
      i % 10 === 0
        ? { ...base, direction: 'income', source: { kind: 'grant', name: 'CERV', applicationId: null } }
        : {
            ...base,
            direction: 'expense',
            category: BUILT_IN_CATEGORIES[i % BUILT_IN_CATEGORIES.length] ?? 'other',
            paidBy:
              i % 50 === 1
                ? { kind: 'volunteer', name: `Volunteer ${i % 7}`, personId: null, reimbursed: 0 }
                : { kind: 'committee' },
          },
    );
  }
  return { rates, lines, entries };
}
