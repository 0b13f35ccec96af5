import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { findFundingDir } from '../../electron/core/data/funding/readFundingData';
import type { Participant } from '../../shared/domain/activities/participant';
import type { Input } from '../../shared/ipc/contract';
import { participant } from '../unit/shared/domain/activities/fixtures';
import {
  callError,
  must,
  municipality,
  openBackend,
  quietLog,
  removeDir,
  tempDataDir,
} from './helpers/backend';

// The helper's clock starts on 2026-05-09.
const place = (name: string, country: string, lat: number, lon: number) => ({
  name,
  country,
  region: '',
  population: 20_000,
  coordinates: { lat, lon },
  geonameId: null,
  source: 'manual' as const,
});
const link = (name: string, country: string, lat: number, lon: number): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [{ key: name, place: place(name, country, lat, lon), languages: [], contacts: [] }],
  signings: [],
  resolutions: [],
  languages: ['ro', 'fr'],
  themes: ['youth'],
  notes: '',
});

const tt = { programmeId: 'cerv-town-twinning', callYear: 2026, recordId: null };
const draft = (
  activityIds: string[],
  extra: Partial<Input<'funding:saveApplication'>> = {},
): Input<'funding:saveApplication'> => ({
  title: 'Europe Days 2026',
  programme: tt,
  activityIds,
  applicants: [
    { name: 'Primăria Buziaș', country: 'RO', kind: 'localAuthority', lead: true },
    { name: 'Mairie d’Ornans', country: 'FR', kind: 'localAuthority', lead: false },
  ],
  projectStart: '2026-03-01',
  projectEnd: '2026-10-31',
  deadline: { date: '2026-09-23', time: '17:00', timeZone: 'Europe/Brussels' },
  internalDaysBefore: 14,
  checklist: [],
  amounts: { requested: null, awarded: null, advanced: null, paid: null },
  plannedCosts: null,
  notes: '',
  ...extra,
});

describe('funding through dispatch', () => {
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

  /** Participants have no channel on this branch: they are written into the closed store's file. */
  async function withGuests(list: Participant[]): Promise<void> {
    await backend.close();
    const file = join(dir, 'store.json');
    const db = JSON.parse(await readFile(file, 'utf8')) as { participants: unknown[] };
    db.participants.push(...list.map((p) => ({ ...p, rev: 1, updatedAt: '2026-05-09T10:00:00.000Z' })));
    await writeFile(file, JSON.stringify(db));
    backend = await openBackend(dir, log);
  }

  async function event() {
    await must(backend, 'municipality:save', {
      ...municipality('Buziaș'),
      coordinates: { lat: 45.65, lon: 21.6 },
    });
    const ornans = await must(backend, 'partnership:save', link('Ornans', 'FR', 47.1, 6.15));
    const a = await must(backend, 'activities:save', {
      title: 'Europe Days',
      kind: 'citizensExchange',
      partnershipIds: [ornans.id],
      host: 'home',
      venue: { name: 'Casa de Cultură', address: '' },
      startDate: '2026-05-08',
      endDate: '2026-05-11',
      programme: [],
      languages: ['ro', 'fr'],
      themes: [],
      organisationIds: [],
      notes: '',
    });
    return { activityId: a.id };
  }

  const guests = (activityId: string, n: number, town: string, country: string) =>
    Array.from({ length: n }, (_, i) =>
      participant({ id: `${town}-${i}`, activityId, town, country, origin: 'invited' }),
    );
  const locals = (activityId: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      participant({ id: `local-${i}`, activityId, town: 'Buziaș', country: 'RO', origin: 'local' }),
    );

  it('lists the shipped programmes with their sources, and the dated country lists', async () => {
    const versions = await must(backend, 'funding:programmes', {});
    expect(versions.map((v) => v.ref.programmeId)).toContain('cerv-town-twinning');
    expect(versions.every((v) => v.ref.recordId === null)).toBe(true);
    const countries = await must(backend, 'funding:countries', {});
    expect(countries.find((c) => c.id === 'eu-members')?.asOf).toBe('2026-01-01');
  });

  it('checks an event that misses the invited participants by two, then passes once a second town is invited', async () => {
    const { activityId } = await event();
    await withGuests([...guests(activityId, 23, 'Ornans', 'FR'), ...locals(activityId, 30)]);
    const app = await must(backend, 'funding:saveApplication', draft([activityId]));
    expect(app).toMatchObject({
      status: 'idea',
      internalDeadline: '2026-09-09',
      programmeName: 'CERV Town-Twinning 2026',
    });

    const first = await must(backend, 'funding:check', { id: app.id });
    expect(first.check.outcome).toBe('fail');
    expect(first.check.results.find((r) => r.ruleId === 'invited-participants')).toMatchObject({
      outcome: 'fail',
      figures: { count: 23, min: 25, countries: 1 },
    });
    expect(first.application.lastCheck?.programme).toEqual(tt);

    await withGuests(guests(activityId, 4, 'Landshut', 'DE'));
    const second = await must(backend, 'funding:check', { id: app.id });
    expect(second.check.results.find((r) => r.ruleId === 'invited-participants')).toMatchObject({
      outcome: 'pass',
      figures: { count: 27, countries: 2 },
    });
    expect(second.check.outcome).toBe('pass');

    const estimate = await must(backend, 'funding:estimate', { id: app.id });
    expect(estimate.lines).toEqual([
      expect.objectContaining({ status: 'notEntered', figures: { count: 27 } }),
    ]);
  });

  it('copies a programme to a new call year, edits its lump-sum table, shows what changed and estimates with it', async () => {
    const { activityId } = await event();
    await withGuests([...guests(activityId, 27, 'Ornans', 'FR'), ...locals(activityId, 30)]);
    const copy = await must(backend, 'funding:copyProgramme', { from: tt, callYear: 2027 });
    expect(copy.programme.callYear).toBe(2027);
    const programme = structuredClone(copy.programme);
    (programme.amounts[0] as { bands: unknown[] }).bands = [{ min: 25, max: 60, amount: 1_234_500 }];
    const saved = await must(backend, 'funding:saveProgramme', {
      id: copy.ref.recordId!,
      rev: copy.rev!,
      programme,
    });
    const changes = await must(backend, 'funding:programmeChanges', { id: copy.ref.recordId! });
    expect(changes.map((c) => `${c.section}:${c.item ?? ''}:${c.field ?? ''}`)).toEqual([
      'programme::callYear',
      'amounts:lump-sum:bands',
    ]);

    const shipped = (await must(backend, 'funding:programmes', {})).find(
      (v) => v.ref.recordId === null && v.ref.programmeId === 'cerv-town-twinning',
    )!;
    expect(shipped.programme.amounts[0]).toMatchObject({ bands: [] });

    const app = await must(backend, 'funding:saveApplication', draft([activityId], { programme: saved.ref }));
    expect((await must(backend, 'funding:estimate', { id: app.id })).total).toBe(1_234_500);
    const checked = await must(backend, 'funding:check', { id: app.id });
    expect(checked.check).toMatchObject({ programme: saved.ref, programmeRev: saved.rev });
  });

  it('refuses an edited programme with a rule of an unknown kind, naming the rule at its field', async () => {
    const copy = await must(backend, 'funding:copyProgramme', { from: tt, callYear: 2027 });
    const bad = {
      ...copy.programme,
      rules: [
        ...copy.programme.rules,
        { id: 'lucky-number', kind: 'lucky', source: { title: 'x' }, checked: '2026-01-01' },
      ],
    };
    const error = await callError(backend, 'funding:saveProgramme', {
      id: copy.ref.recordId!,
      rev: copy.rev!,
      programme: bad,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0]).toMatchObject({
      code: 'programme_unknown_kind',
      params: { item: 'lucky-number' },
    });
    expect(error.message).toContain('lucky-number');
    expect((await callError(backend, 'funding:copyProgramme', { from: tt, callYear: 2027 })).code).toBe(
      'DUPLICATE',
    );
  });

  it('moves an application through its lifecycle with dated history, refusing a jump', async () => {
    const app = await must(backend, 'funding:saveApplication', draft([]));
    const step = (status: Input<'funding:setApplicationStatus'>['status'], date = '2026-05-01') =>
      must(backend, 'funding:setApplicationStatus', { id: app.id, status, date, note: '' });
    expect(
      (
        await callError(backend, 'funding:setApplicationStatus', {
          id: app.id,
          status: 'awarded',
          date: '2026-05-01',
          note: '',
        })
      ).issues?.[0]?.code,
    ).toBe('application_transition_not_allowed');
    await step('drafting', '2026-05-09');
    const submitted = await step('submitted', '2026-05-09');
    expect(submitted.history.map((h) => h.status)).toEqual(['idea', 'drafting', 'submitted']);
    expect(
      (
        await callError(backend, 'funding:setApplicationStatus', {
          id: app.id,
          status: 'awarded',
          date: '2026-05-01',
          note: '',
        })
      ).issues?.[0]?.code,
    ).toBe('date_before_last_status');
  });

  it('records the amount awarded with the award, refusing an award without it, and shows it as grant income', async () => {
    const app = await must(
      backend,
      'funding:saveApplication',
      draft([], {
        amounts: {
          requested: { amount: 950000, currency: 'EUR' },
          awarded: null,
          advanced: null,
          paid: null,
        },
      }),
    );
    type Step = Input<'funding:setApplicationStatus'>;
    const input = (status: Step['status'], awarded?: Step['awarded']): Step => ({
      id: app.id,
      status,
      date: '2026-05-09',
      note: '',
      ...(awarded ? { awarded } : {}),
    });
    const refused = async (status: Step['status'], awarded?: Step['awarded']) =>
      callError(backend, 'funding:setApplicationStatus', input(status, awarded));
    const step = (status: Step['status'], awarded?: Step['awarded']) =>
      must(backend, 'funding:setApplicationStatus', input(status, awarded));
    await step('drafting');
    expect((await refused('submitted', { amount: 1, currency: 'EUR' })).issues?.[0]).toMatchObject({
      path: ['awarded'],
      code: 'awarded_not_asked',
    });
    await step('submitted');
    expect((await refused('awarded')).issues?.[0]).toMatchObject({
      path: ['awarded', 'amount'],
      code: 'awarded_required',
    });
    expect((await refused('awarded', { amount: 0, currency: 'EUR' })).issues?.[0]?.code).toBe(
      'awarded_not_positive',
    );
    expect((await refused('awarded', { amount: 800000, currency: 'RON' })).issues?.[0]).toMatchObject({
      path: ['awarded', 'currency'],
      code: 'currency_mismatch',
    });
    expect((await must(backend, 'funding:application', { id: app.id })).status).toBe('submitted');

    await step('awarded', { amount: 800000, currency: 'EUR' });
    const awarded = await must(backend, 'funding:application', { id: app.id });
    expect(awarded).toMatchObject({
      status: 'awarded',
      amounts: { awarded: { amount: 800000, currency: 'EUR' } },
    });
    expect((await must(backend, 'funding:grantIncome', { id: app.id })).awarded).toEqual({
      amount: 800000,
      currency: 'EUR',
    });
  });

  it('gives the deadlines of open applications with the internal date first', async () => {
    await must(backend, 'funding:saveApplication', draft([]));
    expect(await must(backend, 'funding:deadlines', {})).toEqual([
      expect.objectContaining({
        internal: '2026-09-09',
        funder: { date: '2026-09-23', time: '17:00', timeZone: 'Europe/Brussels' },
      }),
    ]);
  });

  it('refuses an application naming an unknown activity, two leads, or mixed currencies', async () => {
    expect((await callError(backend, 'funding:saveApplication', draft(['nope']))).issues?.[0]?.path).toEqual([
      'activityIds',
      0,
    ]);
    const twoLeads = draft([], {
      applicants: [
        { name: 'A', country: 'RO', kind: 'localAuthority', lead: true },
        { name: 'B', country: 'FR', kind: 'localAuthority', lead: true },
      ],
    });
    expect((await callError(backend, 'funding:saveApplication', twoLeads)).issues?.[0]?.code).toBe(
      'two_leads',
    );
    const mixed = draft([], {
      amounts: {
        requested: { amount: 100, currency: 'EUR' },
        awarded: { amount: 100, currency: 'RON' },
        advanced: null,
        paid: null,
      },
    });
    expect((await callError(backend, 'funding:saveApplication', mixed)).issues?.[0]?.path).toEqual([
      'amounts',
      'awarded',
    ]);
  });

  it('refuses a shipped file with a rule of an unknown kind, naming it, and still loads the others', async () => {
    const funding = join(dir, 'funding-copy');
    await mkdir(funding);
    await cp(findFundingDir(), funding, { recursive: true });
    const file = join(funding, 'ofaj-dfjw-2026.json');
    const bad = JSON.parse(await readFile(file, 'utf8')) as { rules: { kind: string }[] };
    bad.rules[0]!.kind = 'horoscope';
    await writeFile(file, JSON.stringify(bad));
    await backend.close();
    backend = await openBackend(dir, log, { fundingDir: funding });
    const refused = await must(backend, 'funding:refusedFiles', {});
    expect(refused).toEqual([
      {
        file: 'ofaj-dfjw-2026.json',
        problems: [expect.objectContaining({ item: 'countries', code: 'unknown_kind' })],
      },
    ]);
    expect((await must(backend, 'funding:programmes', {})).map((v) => v.ref.programmeId)).not.toContain(
      'ofaj-dfjw',
    );
  });
});
