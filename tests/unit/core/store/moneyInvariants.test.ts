import { describe, expect, it } from 'vitest';
import { moneyChangeProblems, moneyProblems } from '../../../../electron/core/store/moneyInvariants';
import type { ChangeSet } from '../../../../electron/core/store/records';
import { emptyStore, type StoreData } from '../../../../electron/core/store/schema';

const meta = { rev: 1, updatedAt: '2026-11-02T10:00:00.000Z' };
const grant = (applicationId: string | null) => ({ kind: 'grant' as const, name: 'CERV', applicationId });

const application = (id: string): StoreData['applications'][number] => ({
  id,
  ...meta,
  title: 'Europe Days',
  programme: { programmeId: 'cerv-town-twinning', callYear: 2026, recordId: null },
  programmeId: 'cerv-town-twinning',
  activityIds: [],
  applicants: [],
  projectStart: null,
  projectEnd: null,
  deadline: null,
  internalDaysBefore: 14,
  checklist: [],
  amounts: { requested: null, awarded: null, advanced: null, paid: null },
  plannedCosts: null,
  notes: '',
  status: 'idea',
  history: [{ status: 'idea', date: '2026-10-01', note: '' }],
  lastCheck: null,
  createdAt: '2026-10-01T10:00:00.000Z',
});

function storeWith(applicationIds: string[], named: string | null): StoreData {
  const db = emptyStore();
  return {
    ...db,
    applications: applicationIds.map((id) => application(id)),
    ledger: [
      {
        id: 'e1',
        direction: 'income',
        date: '2026-04-10',
        counterparty: '',
        amount: { amount: 100, currency: 'EUR' },
        activityId: null,
        description: '',
        receipt: null,
        conversion: null,
        source: grant(named),
        ...meta,
      },
    ],
    cofinancing: [
      {
        id: 'p1',
        year: 2026,
        activityId: null,
        shares: [
          { source: grant(named), planned: { amount: 100, currency: 'EUR' }, maxShareBp: null, advanceBp: 0 },
        ],
        ...meta,
      },
    ],
  };
}

describe('grant income kept pointing at funding applications that exist', () => {
  it('accepts an entry and a share naming an application the store holds', () => {
    const changes: ChangeSet = [
      { collection: 'ledger', id: 'e1', rev: 1, op: 'put' },
      { collection: 'cofinancing', id: 'p1', rev: 1, op: 'put' },
    ];
    expect(moneyChangeProblems(storeWith(['app-1'], 'app-1'), changes)).toEqual([]);
  });

  it('refuses an entry or a share naming one that does not exist', () => {
    const db = storeWith([], 'app-1');
    expect(moneyChangeProblems(db, [{ collection: 'ledger', id: 'e1', rev: 1, op: 'put' }])).toEqual([
      'e1 names funding application app-1, which does not exist',
    ]);
    expect(moneyChangeProblems(db, [{ collection: 'cofinancing', id: 'p1', rev: 1, op: 'put' }])).toEqual([
      'p1 names funding application app-1, which does not exist',
    ]);
  });

  it('refuses deleting an application that income still names, and finds it over a whole store', () => {
    const db = storeWith([], 'app-1');
    expect(
      moneyChangeProblems(db, [{ collection: 'applications', id: 'app-1', rev: 1, op: 'remove' }]),
    ).toHaveLength(2);
    expect(moneyProblems(db)).toHaveLength(2);
    expect(moneyProblems(storeWith([], null))).toEqual([]);
  });
});

describe('the categories lines and entries name', () => {
  const choir = {
    id: 'c1',
    key: 'choir-costumes',
    name: 'Choir costumes',
    names: { en: '', ro: '', fr: '', de: '' },
    retired: false,
    ...meta,
  };
  const line = (category: string): StoreData['budgetLines'][number] => ({
    id: 'l1',
    year: 2026,
    activityId: null,
    category,
    description: '',
    planned: { amount: 100, currency: 'EUR' },
    rateDate: null,
    ...meta,
  });
  const put: ChangeSet = [{ collection: 'budgetLines', id: 'l1', rev: 1, op: 'put' }];

  it("accepts a built-in heading and the committee's own category, and refuses a key nobody made", () => {
    expect(moneyChangeProblems({ ...emptyStore(), budgetLines: [line('travel')] }, put)).toEqual([]);
    expect(
      moneyChangeProblems(
        { ...emptyStore(), budgetCategories: [choir], budgetLines: [line('choir-costumes')] },
        put,
      ),
    ).toEqual([]);
    expect(moneyChangeProblems({ ...emptyStore(), budgetLines: [line('choir-costumes')] }, put)).toEqual([
      'l1 names category choir-costumes, which does not exist',
    ]);
  });

  it('refuses deleting a category a line still names, and a second record for one key', () => {
    const removed: ChangeSet = [{ collection: 'budgetCategories', id: 'c1', rev: 2, op: 'remove' }];
    expect(
      moneyChangeProblems({ ...emptyStore(), budgetLines: [line('choir-costumes')] }, removed),
    ).toHaveLength(1);
    const twin = { ...choir, id: 'c2' };
    expect(
      moneyChangeProblems({ ...emptyStore(), budgetCategories: [choir, twin] }, [
        { collection: 'budgetCategories', id: 'c2', rev: 1, op: 'put' },
      ]),
    ).toEqual(['category c2: a second category with the key choir-costumes']);
  });
});
