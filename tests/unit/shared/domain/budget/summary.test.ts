import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetCash, cashPosition } from '../../../../../shared/domain/budget/cash';
import { BudgetCategory, BUILT_IN_CATEGORIES } from '../../../../../shared/domain/budget/categories';
import { checkCofinancing } from '../../../../../shared/domain/budget/cofinancing';
import { LedgerEntry } from '../../../../../shared/domain/budget/model';
import { overBudget, summariseBudget } from '../../../../../shared/domain/budget/summary';
import { owedToVolunteers } from '../../../../../shared/domain/budget/volunteers';
import { convertMinor, convertMinorLegs } from '../../../../../shared/domain/money/convert';
import { money } from '../../../../../shared/domain/money/money';
import { book, entries, lines, plan } from '../../../../../electron/core/money/sampleBudget';

describe('planned against actual', () => {
  const summary = summariseBudget(lines, entries, { reporting: 'EUR', book: book() });

  it('converts each amount on its own day and sums what the rows show', () => {
    const row = (category: string) => summary.byCategory.find((r) => r.category === category);
    // Accommodation planned 14,925.00 RON at January's 4.9750 = 3,000.00 EUR; paid 16,000.00 RON at July's 4.9810.
    expect(row('accommodation')).toMatchObject({
      planned: { amount: 300000 },
      actual: { amount: convertMinor(1600000, 'RON', 'EUR', '4.981', 'divide') },
      usedPercent: 107.1,
    });
    expect(row('accommodation')?.actual.amount).toBe(321221);
    // Travel: 12,783.30 PLN / 4.2611 = 3,000.00 EUR exactly; the HUF ticket has no rate and is left out.
    expect(row('travel')).toMatchObject({
      planned: { amount: 300000 },
      actual: { amount: 300000 },
      variance: { amount: 0 },
      usedPercent: 100,
    });
    expect(summary.total.actual.amount).toBe(summary.byCategory.reduce((s, r) => s + r.actual.amount, 0));
    expect(summary.total.planned.amount).toBe(summary.lines.reduce((s, r) => s + r.planned.amount, 0));
  });

  it('lists the amount it could not convert, and never converts it at 1', () => {
    expect(summary.unconverted).toEqual([
      expect.objectContaining({
        kind: 'entry',
        id: 'e5',
        amount: { amount: 2500000, currency: 'HUF' },
        missing: expect.objectContaining({ code: 'no_rate', from: 'HUF', to: 'EUR' }),
      }),
    ]);
  });

  it('names every rate it used', () => {
    expect(summary.ratesUsed.map((r) => `${r.from}>${r.to} ${r.rate} ${r.date}`)).toEqual([
      'EUR>PLN 4.2611 2026-07-01',
      'EUR>RON 4.975 2026-01-01',
      'EUR>RON 4.977 2026-05-01',
      'EUR>RON 4.981 2026-07-01',
    ]);
  });

  it('groups by activity and year, and by the committee budget outside activities', () => {
    expect(summary.byActivity.map((r) => r.activityId)).toEqual([null, 'youth']);
    expect(summary.byYear).toHaveLength(1);
    expect(
      summariseBudget(lines, entries, { reporting: 'EUR', book: book(), activityId: null }).lines.map(
        (r) => r.category,
      ),
    ).toEqual(['protocol']);
    expect(
      summariseBudget(lines, entries, { reporting: 'EUR', book: book(), year: 2025 }).total.planned.amount,
    ).toBe(0);
  });

  it('counts income by source', () => {
    expect(summary.income.map((r) => [r.source.kind, r.received.amount])).toEqual([
      ['grant', 400000],
      ['municipality', convertMinor(1000000, 'RON', 'EUR', '4.977', 'divide')],
    ]);
  });

  it('uses the conversion the treasurer recorded with an entry instead of looking one up', () => {
    const withRecorded = LedgerEntry.parse({
      ...entries[1],
      conversion: {
        original: { amount: 1600000, currency: 'RON' },
        converted: { amount: 320000, currency: 'EUR' },
        rate: { from: 'EUR', to: 'RON', rate: '5', date: '2026-07-10', source: 'bank' },
        direction: 'divide',
      },
    });
    const s = summariseBudget(lines, [withRecorded], { reporting: 'EUR', book: book() });
    expect(s.total.actual.amount).toBe(320000);
    expect(s.ratesUsed.some((r) => r.source === 'bank')).toBe(true);
  });

  it('finds what is over budget: accommodation, its line, the youth exchange', () => {
    const over = overBudget(summary).map((o) => `${o.level}:${o.row.key}`);
    expect(over).toContain('category:accommodation');
    expect(over).toContain('line:2026|youth|accommodation');
    expect(over).not.toContain('category:travel');
    // A 10 % tolerance lets the 7.1 % overrun of accommodation pass.
    expect(overBudget(summary, 1000).map((o) => o.row.key)).not.toContain('accommodation');
  });

  it('neither loses nor creates a minor unit when entries in one currency are summed into any grouping', () => {
    const entry = fc.record({
      amount: fc.integer({ min: 0, max: 1e9 }),
      day: fc.integer({ min: 1, max: 28 }),
      category: fc.constantFrom('travel', 'meals', 'venue'),
      activity: fc.constantFrom('a', 'b', null),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (xs) => {
        const ledger = xs.map((x, i) =>
          LedgerEntry.parse({
            id: `e${i}`,
            direction: 'expense',
            date: `2026-03-${String(x.day).padStart(2, '0')}`,
            category: x.category,
            activityId: x.activity,
            amount: { amount: x.amount, currency: 'KWD' },
          }),
        );
        const s = summariseBudget([], ledger, { reporting: 'KWD', book: book() });
        const whole = xs.reduce((a, x) => a + x.amount, 0);
        for (const rows of [s.lines, s.byCategory, s.byActivity, s.byYear]) {
          expect(rows.reduce((a, r) => a + r.actual.amount, 0)).toBe(whole);
        }
        expect(s.total.actual).toEqual(money(whole, 'KWD'));
      }),
    );
  });
});

describe('volunteers, funders and cash', () => {
  it('says what is still owed to the volunteer who paid the flowers', () => {
    expect(owedToVolunteers(entries)).toEqual([
      expect.objectContaining({
        name: 'Ioana Popescu',
        currency: 'RON',
        paid: money(45000, 'RON'),
        reimbursed: money(15000, 'RON'),
        owed: money(30000, 'RON'),
        entryIds: ['e4'],
      }),
    ]);
  });

  it('checks the co-financing plan: the grant within its 80 % cap, its advance, what each funder still owes', () => {
    const check = checkCofinancing(plan, money(850000, 'EUR'), entries, { reporting: 'EUR', book: book() });
    const grant = check.funders[0];
    expect(grant).toMatchObject({
      planned: { amount: 650000 },
      received: { amount: 400000 },
      advanceDue: { amount: 0 },
      balanceDue: { amount: 250000 },
      cap: { amount: 680000 },
    });
    expect(check.funders[1]).toMatchObject({ planned: { amount: 200000 }, balanceDue: { amount: 0 } });
    expect(check.issues).toEqual([]);
    expect(check.financed.amount).toBe(850000);
  });

  it('flags a grant planned above its cap and a plan that does not cover the cost', () => {
    const check = checkCofinancing(plan, money(800000, 'EUR'), [], { reporting: 'EUR', book: book() });
    expect(check.issues).toEqual([
      {
        code: 'over_cap',
        key: 'grant|app-1|cerv town-twinning 2026',
        planned: money(650000, 'EUR'),
        cap: money(640000, 'EUR'),
      },
      { code: 'surplus', extra: money(50000, 'EUR') },
    ]);
    expect(
      checkCofinancing(plan, money(900000, 'EUR'), [], { reporting: 'EUR', book: book() }).issues,
    ).toContainEqual({ code: 'gap', missing: money(50000, 'EUR') });
    expect(
      checkCofinancing(plan, money(900000, 'EUR'), [], { reporting: 'EUR', book: book() }).funders[0]
        ?.advanceDue,
    ).toEqual(money(325000, 'EUR'));
  });

  it('follows the cash month by month, leaving out what a volunteer has not been paid back', () => {
    const cash = cashPosition(entries, {
      reporting: 'EUR',
      book: book(),
      funders: checkCofinancing(plan, money(850000, 'EUR'), entries, { reporting: 'EUR', book: book() })
        .funders,
      volunteers: owedToVolunteers(entries),
    });
    expect(cash.points.map((p) => p.month)).toEqual(['2026-05', '2026-06', '2026-07']);
    expect(cash.points[0]?.balance.amount).toBe(convertMinor(1000000, 'RON', 'EUR', '4.977', 'divide'));
    const july = cash.points[2];
    expect(july?.expense.amount).toBe(
      convertMinor(1278330, 'PLN', 'EUR', '4.2611', 'divide') +
        convertMinor(1600000, 'RON', 'EUR', '4.981', 'divide') +
        convertMinor(498050, 'RON', 'EUR', '4.981', 'divide') +
        convertMinor(15000, 'RON', 'EUR', '4.981', 'divide'),
    );
    expect(cash.unconverted.map((u) => u.id)).toEqual(['e5']);
    expect(cash.dueFromFunders.amount).toBe(250000);
    expect(cash.owedToVolunteers.amount).toBe(convertMinor(30000, 'RON', 'EUR', '4.981', 'divide'));
    expect(cash.projected.amount).toBe(cash.closing.amount + 250000 - cash.owedToVolunteers.amount);
  });

  it('gives the screen and the printed report one cash: the volunteers from the entries, the funders from the plan', () => {
    const cofinancing = checkCofinancing(plan, money(850000, 'EUR'), entries, {
      reporting: 'EUR',
      book: book(),
    });
    expect(budgetCash(entries, { reporting: 'EUR', book: book(), cofinancing })).toEqual(
      cashPosition(entries, {
        reporting: 'EUR',
        book: book(),
        funders: cofinancing.funders,
        volunteers: owedToVolunteers(entries),
      }),
    );
    // Without a co-financing plan nothing is due from funders.
    expect(budgetCash(entries, { reporting: 'EUR', book: book(), cofinancing: null }).dueFromFunders).toEqual(
      money(0, 'EUR'),
    );
  });
});

describe('categories', () => {
  it("starts from the ten headings funders use; a category of the committee's own needs a name", () => {
    expect(BUILT_IN_CATEGORIES).toContain('interpretation');
    expect(
      BudgetCategory.safeParse({ id: 'c1', key: 'choir-costumes', name: 'Choir costumes' }).success,
    ).toBe(true);
    expect(BudgetCategory.safeParse({ id: 'c1', key: 'travel' }).success).toBe(true);
    const unnamed = BudgetCategory.safeParse({ id: 'c1', key: 'sport' }).error?.issues[0];
    expect(unnamed?.message).toBe('category_needs_name');
    expect(unnamed?.path).toEqual(['name']);
  });
});

describe('a ledger entry', () => {
  it('refuses a negative amount and a receipt that is neither a PDF nor an image', () => {
    const base = {
      id: 'x',
      direction: 'expense',
      date: '2026-07-02',
      category: 'travel',
      amount: { amount: 100, currency: 'EUR' },
    };
    expect(
      LedgerEntry.safeParse({ ...base, amount: { amount: -100, currency: 'EUR' } }).error?.issues[0]?.message,
    ).toBe('negative_not_allowed');
    expect(
      LedgerEntry.safeParse({
        ...base,
        receipt: { attachmentId: 'a1', fileName: 'bon.docx', mediaType: 'application/msword' },
      }).error?.issues[0]?.message,
    ).toBe('receipt_not_pdf_or_image');
    expect(
      LedgerEntry.safeParse({ ...base, amount: { amount: 100, currency: 'XYZ' } }).error?.issues[0]?.message,
    ).toBe('unknown_currency');
  });
});

describe('a report in lei for the town hall', () => {
  it('converts the Polish travel through the euro and names both rates', () => {
    const s = summariseBudget(lines, entries, { reporting: 'RON', book: book() });
    const travel = s.byCategory.find((r) => r.category === 'travel');
    // 12,783.30 PLN / 4.2611 × 4.981 (July's InforEuro rates), rounded once.
    expect(travel?.actual.amount).toBe(
      convertMinorLegs(1278330, 'PLN', 'RON', [
        { rate: '4.2611', direction: 'divide' },
        { rate: '4.981', direction: 'multiply' },
      ]),
    );
    expect(s.ratesUsed.map((r) => `${r.from}>${r.to} ${r.date}`)).toContain('EUR>PLN 2026-07-01');
    // The grant's euros came in June, a month with no InforEuro rate recorded: listed, not guessed.
    expect(s.unconverted.map((u) => u.id)).toEqual(['e5', 'i1']);
  });
});
