import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { call, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

// The helper's clock starts on 2026-05-09.
const draft = (): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [
    {
      key: 'landshut',
      place: {
        name: 'Landshut',
        country: 'DE',
        region: 'Bayern',
        population: 73_411,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: ['de'],
      contacts: [
        { name: 'Petra Müller', role: 'Partnerschaftsbeauftragte', languages: ['de'], email: '', phone: '' },
      ],
    },
  ],
  signings: [{ date: '2001-06-10', place: 'Sibiu', note: '' }],
  resolutions: [
    { council: 'home', number: '112/2001', date: '2001-05-28' },
    { council: 'landshut', number: '2001/44', date: '2001-05-15' },
  ],
  languages: ['ro', 'de'],
  themes: ['youth', 'culture'],
  notes: '',
});

describe('partnerships through dispatch', () => {
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

  it('creates a link as a prospect with its first status dated today and ten unticked keys', async () => {
    const p = await must(backend, 'partnership:save', draft());
    expect(p.status).toBe('prospect');
    expect(p.statusHistory).toEqual([{ status: 'prospect', date: '2026-05-09', note: '', entered: true }]);
    expect(p.health.filter((c) => c.done)).toEqual([]);
    expect(p.partners[0]?.contacts[0]?.id).toMatch(/.+/);
  });

  it('keeps the link on disk across a restart', async () => {
    const p = await must(backend, 'partnership:save', draft());
    await backend.close();
    backend = await openBackend(dir, log);
    expect(await must(backend, 'partnership:get', { id: p.id })).toEqual(p);
  });

  it('records every status change with its date, in order', async () => {
    const p = await must(backend, 'partnership:save', draft());
    await must(backend, 'partnership:setStatus', {
      id: p.id,
      status: 'exploring',
      date: '2026-05-09',
      note: 'First visit',
    });
    const after = await must(backend, 'partnership:setStatus', {
      id: p.id,
      status: 'negotiating',
      date: '2026-05-09',
      note: '',
    });
    expect(after.status).toBe('negotiating');
    expect(after.statusHistory.map((h) => h.status)).toEqual(['prospect', 'exploring', 'negotiating']);
  });

  it('refuses a status jump the lifecycle does not allow and changes nothing', async () => {
    const p = await must(backend, 'partnership:save', draft());
    const result = await call(backend, 'partnership:setStatus', {
      id: p.id,
      status: 'dormant',
      date: '2026-05-09',
      note: '',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ code: 'transition_not_allowed' }] },
    });
    if (!result.ok)
      expect(result.error.message).toBe('A link cannot go from status prospect to status dormant');
    expect((await must(backend, 'partnership:get', { id: p.id })).statusHistory).toHaveLength(1);
  });

  it('refuses a status change dated before the previous one', async () => {
    const p = await must(backend, 'partnership:save', draft());
    const result = await call(backend, 'partnership:setStatus', {
      id: p.id,
      status: 'exploring',
      date: '2020-01-01',
      note: '',
    });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ code: 'date_before_last_status' }] } });
  });

  it('does not let an edit change the status behind the history’s back', async () => {
    const p = await must(backend, 'partnership:save', draft());
    const result = await call(backend, 'partnership:save', { ...draft(), id: p.id, status: 'active' });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ code: 'status_change_via_history' }] } });
  });

  it('rejects a resolution by the council of a town that is not a partner', async () => {
    const bad = { ...draft(), resolutions: [{ council: 'nowhere', number: '1', date: '2001-01-01' }] };
    expect(await call(backend, 'partnership:save', bad)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('edits a link and keeps its objectives, health and history', async () => {
    const p = await must(backend, 'partnership:save', draft());
    await must(backend, 'objective:save', {
      partnershipId: p.id,
      statement: 'Two school exchanges a year',
      theme: 'youth',
      indicator: 'Pupils',
      target: '40',
      agreedOn: '2026-05-01',
    });
    const edited = await must(backend, 'partnership:save', { ...draft(), id: p.id, notes: 'Oldest link' });
    expect(edited.notes).toBe('Oldest link');
    expect(edited.objectives).toHaveLength(1);
    expect(edited.createdAt).toBe(p.createdAt);
  });

  it('saves, edits and deletes common objectives', async () => {
    const p = await must(backend, 'partnership:save', draft());
    const withOne = await must(backend, 'objective:save', {
      partnershipId: p.id,
      statement: 'Exchange pupils',
      theme: 'youth',
      indicator: '',
      target: '',
      agreedOn: null,
    });
    const id = withOne.objectives[0]?.id ?? '';
    const edited = await must(backend, 'objective:save', {
      partnershipId: p.id,
      id,
      statement: 'Exchange pupils and teachers',
      theme: 'education',
      indicator: '',
      target: '',
      agreedOn: null,
    });
    expect(edited.objectives).toEqual([expect.objectContaining({ id, theme: 'education' })]);
    expect((await must(backend, 'objective:delete', { partnershipId: p.id, id })).objectives).toEqual([]);
  });

  it('answers NOT_FOUND for an objective that does not exist', async () => {
    const p = await must(backend, 'partnership:save', draft());
    expect(await call(backend, 'objective:delete', { partnershipId: p.id, id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('ticks a key with its evidence and keeps the timeline in date order', async () => {
    const p = await must(backend, 'partnership:save', draft());
    const ticked = await must(backend, 'health:save', {
      partnershipId: p.id,
      key: 4,
      done: true,
      evidence: 'Objectives agreed in May',
    });
    expect(ticked.health).toEqual([{ key: 4, done: true, evidence: 'Objectives agreed in May' }]);
    await must(backend, 'timeline:save', {
      partnershipId: p.id,
      date: '2025-09-01',
      kind: 'meeting',
      title: 'Choir directors meet',
      note: '',
    });
    const t = await must(backend, 'timeline:save', {
      partnershipId: p.id,
      date: '2024-03-01',
      kind: 'letter',
      title: 'Letter',
      note: '',
    });
    expect(t.timeline.map((e) => e.date)).toEqual(['2024-03-01', '2025-09-01']);
  });

  it('lists summaries sorted by title and filters by status, country and accent-free text', async () => {
    await must(backend, 'partnership:save', draft());
    const other = draft();
    other.partners = [
      {
        ...other.partners[0]!,
        key: 'besancon',
        place: { ...other.partners[0]!.place, name: 'Besançon', country: 'FR' },
      },
    ];
    other.resolutions = [];
    await must(backend, 'partnership:save', other);
    expect((await must(backend, 'partnership:list', {})).map((s) => s.title)).toEqual([
      'Besançon',
      'Landshut',
    ]);
    expect((await must(backend, 'partnership:list', { country: 'FR' })).map((s) => s.title)).toEqual([
      'Besançon',
    ]);
    expect((await must(backend, 'partnership:list', { text: 'besancon' })).map((s) => s.title)).toEqual([
      'Besançon',
    ]);
    expect(
      (await must(backend, 'partnership:list', { text: 'müller landshut' })).map((s) => s.title),
    ).toEqual(['Landshut']);
    expect(await must(backend, 'partnership:list', { status: 'active' })).toEqual([]);
  });

  it('deletes a link for good', async () => {
    const p = await must(backend, 'partnership:save', draft());
    await must(backend, 'partnership:delete', { id: p.id });
    expect(await call(backend, 'partnership:get', { id: p.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const onDisk = JSON.parse(await readFile(join(dir, 'store.json'), 'utf8'));
    expect(onDisk.partnerships).toEqual([]);
  });

  it('shows the 25th anniversary next month, counts by status and warns about silent links', async () => {
    const p = await must(backend, 'partnership:save', { ...draft(), status: 'negotiating' });
    await must(backend, 'partnership:setStatus', {
      id: p.id,
      status: 'active',
      date: '2026-05-09',
      note: '',
    });
    const quiet = await must(backend, 'partnership:save', {
      ...draft(),
      status: 'negotiating',
      signings: [],
      resolutions: [],
      allowDuplicate: true,
    });
    await must(backend, 'settings:save', { locale: null, dormantAfterMonths: 1 });
    const dashboard = await must(backend, 'dashboard:get', {});
    expect(dashboard.anniversaries).toEqual([
      expect.objectContaining({ partnershipId: p.id, years: 25, date: '2026-06-10' }),
    ]);
    expect(dashboard.counts).toMatchObject({ active: 1, negotiating: 1, prospect: 0 });
    expect(dashboard.total).toBe(2);
    // Typing a link in is no activity: the one with nothing recorded is quiet, the signed one is not.
    expect(dashboard.dormant.map((d) => [d.partnershipId, d.lastActivity])).toEqual([[quiet.id, null]]);
    expect(quiet.status).toBe('negotiating');
  });

  it('warns about an active link silent for longer than the threshold, naming its last activity', async () => {
    await backend.close();
    await copyFile(new URL('../fixtures/stores/v2.json', import.meta.url), join(dir, 'store.json'));
    backend = await openBackend(dir, log);
    // The fixture's last exchange was on 2024-05-12: under two years before the clock's 2026-05-09.
    expect((await must(backend, 'dashboard:get', {})).dormant).toEqual([]);
    await must(backend, 'settings:save', { locale: 'ro', dormantAfterMonths: 12 });
    const dashboard = await must(backend, 'dashboard:get', {});
    expect(dashboard.dormant).toEqual([
      { partnershipId: 'p-landshut', title: 'Landshut', status: 'active', lastActivity: '2024-05-12' },
    ]);
    expect((await must(backend, 'partnership:list', {}))[0]?.dormant).toBe(true);
  });
});

describe('a second link with the same partner town', () => {
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

  it('is refused, naming the link that has the town, until the secretary confirms it', async () => {
    const first = await must(backend, 'partnership:save', draft());
    const again = await call(backend, 'partnership:save', draft());
    expect(again.ok ? null : again.error).toMatchObject({
      code: 'DUPLICATE',
      issues: [{ code: 'same_partner_town', message: first.id }],
    });
    expect(await must(backend, 'partnership:list', {})).toHaveLength(1);

    const confirmed = await must(backend, 'partnership:save', { ...draft(), allowDuplicate: true });
    expect(confirmed.id).not.toBe(first.id);
    expect(await must(backend, 'partnership:list', {})).toHaveLength(2);
  });

  it('is refused from the shortlist too', async () => {
    await must(backend, 'partnership:save', draft());
    const entry = await must(backend, 'shortlist:save', {
      place: draft().partners[0]?.place ?? {
        name: '',
        country: '',
        region: '',
        population: null,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      status: 'considering',
      themes: [],
      notes: '',
      scoreWhenAdded: null,
    });
    const refused = await call(backend, 'shortlist:createPartnership', { id: entry.id, kind: 'friendship' });
    expect(refused.ok ? null : refused.error.code).toBe('DUPLICATE');
    await must(backend, 'shortlist:createPartnership', {
      id: entry.id,
      kind: 'friendship',
      allowDuplicate: true,
    });
    expect(await must(backend, 'partnership:list', {})).toHaveLength(2);
  });
});
