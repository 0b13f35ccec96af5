import { describe, expect, it } from 'vitest';
import { buildBudgetReportDoc } from '../../../../electron/core/money/buildBudgetReportDoc';
import { sampleReportInput } from '../../../../electron/core/money/sampleBudget';
import { budgetCash } from '../../../../shared/domain/budget/cash';
import { RateBook } from '../../../../shared/domain/money/rates';

/** Every string of a pdfmake definition, in order, so a test can read it as a page would. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value))
      if (key === 'text' || key === 'stack' || key === 'table' || key === 'body' || key === 'content')
        strings(v, out);
  return out;
}

describe('the cash section of the budget report', () => {
  it('names each month with a capital in Romanian and prints the balance after the sums of the rows', () => {
    const text = strings(buildBudgetReportDoc(sampleReportInput('ro')).content);
    const at = text.indexOf('Numerar lună de lună');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at)).toEqual(
      expect.arrayContaining(['Mai 2026', 'Iunie 2026', 'Iulie 2026', '-1.232,98\u00a0EUR']),
    );
  });

  it('leaves the section out when the ledger has no entry yet', () => {
    const input = sampleReportInput('en');
    const cash = budgetCash([], { reporting: 'EUR', book: new RateBook([]), cofinancing: null });
    const text = strings(buildBudgetReportDoc({ ...input, cash }).content);
    expect(text).not.toContain('Cash month by month');
    expect(text).toContain('Income by source');
  });
});
