import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

const eur = (amount: number) => ({ amount, currency: 'EUR' as const });

const application = (
  extra: Partial<Input<'funding:saveApplication'>> = {},
): Input<'funding:saveApplication'> => ({
  title: 'Europe Days 2026',
  programme: { programmeId: 'cerv-town-twinning', callYear: 2026, recordId: null },
  activityIds: [],
  applicants: [],
  projectStart: null,
  projectEnd: null,
  deadline: null,
  internalDaysBefore: 14,
  checklist: [],
  amounts: {
    requested: eur(3_000_000),
    awarded: eur(2_500_000),
    advanced: eur(1_000_000),
    paid: eur(1_000_000),
  },
  plannedCosts: null,
  notes: '',
  ...extra,
});

const grant = (
  applicationId: string | null,
  amount: { amount: number; currency: 'EUR' | 'RON' | 'HUF' },
  date: string,
) =>
  ({
    direction: 'income',
    date,
    counterparty: 'EACEA',
    amount,
    source: { kind: 'grant', name: 'CERV', applicationId },
  }) as const;

describe('a grant booked as income against its funding application', () => {
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  it('shows requested, awarded, advanced and paid next to the income booked, converted in the application currency', async () => {
    const app = await must(backend, 'funding:saveApplication', application());
    await must(backend, 'rates:save', {
      from: 'EUR',
      to: 'RON',
      rate: '5.0000',
      date: '2026-04-01',
      source: 'inforeuro',
      note: '',
    });
    await must(backend, 'ledger:save', grant(app.id, eur(600_000), '2026-04-10'));
    await must(backend, 'ledger:save', grant(app.id, { amount: 2_000_000, currency: 'RON' }, '2026-04-20'));
    await must(backend, 'ledger:save', grant(app.id, { amount: 100_000, currency: 'HUF' }, '2026-04-21'));
    await must(backend, 'ledger:save', grant(null, eur(999), '2026-04-22'));
    const income = await must(backend, 'funding:grantIncome', { id: app.id });
    expect(income).toMatchObject({
      currency: 'EUR',
      requested: eur(3_000_000),
      awarded: eur(2_500_000),
      advanced: eur(1_000_000),
      paid: eur(1_000_000),
      booked: eur(1_000_000),
    });
    expect(income.entries.map((e) => e.converted)).toEqual([eur(600_000), eur(400_000), null]);
    expect(income.unconverted).toEqual([
      expect.objectContaining({
        amount: { amount: 100_000, currency: 'HUF' },
        missing: expect.objectContaining({ from: 'HUF', to: 'EUR' }),
      }),
    ]);
    expect(income.ratesUsed).toEqual([
      expect.objectContaining({ from: 'EUR', to: 'RON', rate: '5', date: '2026-04-01' }),
    ]);
  });

  it('refuses a ledger entry or a co-financing share naming an application that does not exist, at the picker', async () => {
    const entry = await callError(
      backend,
      'ledger:save',
      grant('no-such-application', eur(100), '2026-04-10'),
    );
    expect(entry.code).toBe('VALIDATION');
    expect(entry.issues).toEqual([
      expect.objectContaining({ path: ['source', 'applicationId'], code: 'unknown_application' }),
    ]);
    const app = await must(backend, 'funding:saveApplication', application());
    const sponsor = await callError(backend, 'ledger:save', {
      ...grant(app.id, eur(100), '2026-04-10'),
      source: { kind: 'sponsor', name: 'Bank', applicationId: app.id },
    });
    expect(sponsor.issues).toEqual([
      expect.objectContaining({ path: ['source', 'applicationId'], code: 'application_needs_grant' }),
    ]);
    const share = await callError(backend, 'cofinancing:save', {
      year: 2026,
      activityId: null,
      shares: [
        { source: { kind: 'municipality', name: 'Primăria', applicationId: null }, planned: eur(100) },
        { source: { kind: 'grant', name: 'CERV', applicationId: 'gone' }, planned: eur(400) },
      ],
    });
    expect(share.issues).toEqual([
      expect.objectContaining({
        path: ['shares', 1, 'source', 'applicationId'],
        code: 'unknown_application',
      }),
    ]);
    expect(await must(backend, 'ledger:list', {})).toEqual([]);
  });

  it('keeps the money when the application is deleted: entries and shares lose the link and keep a name', async () => {
    const app = await must(backend, 'funding:saveApplication', application());
    const entry = await must(backend, 'ledger:save', {
      ...grant(app.id, eur(600_000), '2026-04-10'),
      source: { kind: 'grant', name: '', applicationId: app.id },
    });
    const plan = await must(backend, 'cofinancing:save', {
      year: 2026,
      activityId: null,
      shares: [{ source: { kind: 'grant', name: 'CERV', applicationId: app.id }, planned: eur(2_500_000) }],
    });
    expect((await must(backend, 'funding:grantIncome', { id: app.id })).plannedIn).toEqual([
      { planId: plan.id, year: 2026, activityId: null },
    ]);
    await must(backend, 'funding:removeApplication', { id: app.id });
    const [kept] = await must(backend, 'ledger:list', {});
    expect(kept).toMatchObject({
      id: entry.id,
      amount: eur(600_000),
      source: { kind: 'grant', name: 'Europe Days 2026', applicationId: null },
    });
    const after = await must(backend, 'cofinancing:get', {
      year: 2026,
      activityId: null,
      reportingCurrency: 'EUR',
    });
    expect(after.plan?.shares[0]?.source).toEqual({ kind: 'grant', name: 'CERV', applicationId: null });
    expect((await callError(backend, 'funding:grantIncome', { id: app.id })).code).toBe('NOT_FOUND');
  });
});
