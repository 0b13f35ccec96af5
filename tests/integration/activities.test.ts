import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { parsePdf } from './helpers/pdf';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

// The helper's clock starts on 2026-05-09.
const link = (town: string, country: string): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [
    {
      key: town,
      place: {
        name: town,
        country,
        region: '',
        population: 50_000,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: [],
      contacts: [],
    },
  ],
  signings: [],
  resolutions: [],
  languages: ['ro', 'de'],
  themes: ['youth'],
  notes: '',
});

const activity = (partnershipIds: string[], extra: Partial<Input<'activities:save'>> = {}) =>
  ({
    title: 'Youth exchange in Landshut',
    kind: 'youthExchange',
    partnershipIds,
    host: null,
    venue: { name: 'Jugendzentrum', address: 'Altstadt 1' },
    startDate: '2026-06-10',
    endDate: '2026-06-11',
    programme: [
      { date: '2026-06-10', items: [{ time: '18:00', title: 'Welcome dinner', place: '', note: '' }] },
      { date: '2026-06-11', items: [{ time: '09:00', title: 'Workshop', place: 'School', note: '' }] },
    ],
    languages: ['de', 'ro'],
    themes: [{ theme: 'youth', how: 'Young people plan and run the workshop.' }],
    organisationIds: [],
    notes: '',
    ...extra,
  }) satisfies Input<'activities:save'>;

describe('activities through dispatch', () => {
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

  it('creates an activity as an idea dated today, naming its link and host town', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const host = p.partners[0]!.id;
    const a = await must(backend, 'activities:save', activity([p.id], { host }));
    expect(a.status).toBe('idea');
    expect(a.statusHistory).toEqual([{ status: 'idea', date: '2026-05-09', note: '' }]);
    expect(a.links).toEqual([{ id: p.id, title: 'Landshut' }]);
    expect(a.hostTown).toBe('Landshut');
    expect(a.rev).toBe(1);
    expect(await must(backend, 'activities:list', { partnershipId: p.id })).toHaveLength(1);
  });

  it('saves an edit once, and refuses an edit based on an older revision with CONFLICT', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const a = await must(backend, 'activities:save', activity([p.id]));
    const edited = await must(backend, 'activities:save', {
      ...activity([p.id], { title: 'Summer camp' }),
      id: a.id,
      rev: a.rev,
    });
    expect(edited.title).toBe('Summer camp');
    const stale = await callError(backend, 'activities:save', {
      ...activity([p.id], { title: 'Lost edit' }),
      id: a.id,
      rev: a.rev,
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await must(backend, 'activities:get', { id: a.id })).title).toBe('Summer camp');
  });

  it('records each status move with its date and note, and refuses a move that skips ahead', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const a = await must(backend, 'activities:save', activity([p.id]));
    const skip = await callError(backend, 'activities:setStatus', {
      id: a.id,
      status: 'held',
      date: '2026-05-09',
      note: '',
    });
    expect(skip.issues?.[0]).toMatchObject({ path: ['status'], code: 'activity_transition_not_allowed' });
    await must(backend, 'activities:setStatus', {
      id: a.id,
      status: 'planned',
      date: '2026-05-09',
      note: '',
    });
    const confirmed = await must(backend, 'activities:setStatus', {
      id: a.id,
      status: 'confirmed',
      date: '2026-05-09',
      note: 'Bus booked',
    });
    expect(confirmed.statusHistory.map((h) => [h.status, h.date, h.note])).toEqual([
      ['idea', '2026-05-09', ''],
      ['planned', '2026-05-09', ''],
      ['confirmed', '2026-05-09', 'Bus booked'],
    ]);
    const early = await callError(backend, 'activities:setStatus', {
      id: a.id,
      status: 'held',
      date: '2026-05-09',
      note: '',
    });
    expect(early.issues?.[0]).toMatchObject({ path: ['date'], code: 'activity_not_started' });
  });

  it('points the secretary to each wrong field of a draft', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const error = await callError(backend, 'activities:save', {
      ...activity([p.id]),
      title: '',
      endDate: '2026-06-01',
      themes: [{ theme: 'youth', how: '' }],
    });
    expect(error.code).toBe('VALIDATION');
    const fields = error.issues?.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(fields).toEqual(
      expect.arrayContaining(['title:required', 'endDate:end_before_start', 'themes.0.how:required']),
    );
    const unknown = await callError(backend, 'activities:save', activity(['no-such-link']));
    expect(unknown.issues?.[0]).toMatchObject({ path: ['partnershipIds'], code: 'unknown_reference' });
  });

  it('removes an activity and brings it back with undo, under a new id', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const a = await must(backend, 'activities:save', activity([p.id]));
    const removed = await must(backend, 'activities:remove', { id: a.id });
    expect(removed).toEqual({ id: a.id, title: a.title, participants: 0 });
    expect(await must(backend, 'activities:list', {})).toEqual([]);
    const back = await must(backend, 'activities:restore', { id: a.id });
    expect(back.title).toBe(a.title);
    expect(back.statusHistory).toEqual(a.statusHistory);
    expect(back.programme).toEqual(a.programme);
    expect((await must(backend, 'activities:list', {})).map((x) => x.id)).toEqual([back.id]);
    expect((await callError(backend, 'activities:restore', { id: a.id })).code).toBe('NOT_FOUND');
  });

  it('exports the calendar with an end date on the day after the last day, never a duration', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    await must(backend, 'activities:save', activity([p.id]));
    const file = await must(backend, 'activities:exportIcs', { language: 'de' });
    const text = new TextDecoder().decode(file.bytes);
    expect(file.fileName).toMatch(/\.ics$/);
    expect(text).toContain('DTSTART;VALUE=DATE:20260610');
    expect(text).toContain('DTEND;VALUE=DATE:20260612');
    expect(text).not.toContain('DURATION');
    expect(text).toContain('CATEGORIES:Jugendbegegnung');
  });

  it('filters by status, kind, dates and words in the title', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    await must(backend, 'activities:save', activity([p.id]));
    await must(backend, 'activities:save', {
      ...activity([p.id], { title: 'Conseil à Besançon', kind: 'conference' }),
      startDate: '2026-09-01',
      endDate: '2026-09-01',
      programme: [],
    });
    const titles = async (filter: Input<'activities:list'>) =>
      (await must(backend, 'activities:list', filter)).map((a) => a.title);
    expect(await titles({ kind: 'conference' })).toEqual(['Conseil à Besançon']);
    expect(await titles({ text: 'besancon' })).toEqual(['Conseil à Besançon']);
    expect(await titles({ from: '2026-06-11', to: '2026-06-30' })).toEqual(['Youth exchange in Landshut']);
    expect(await titles({ status: 'planned' })).toEqual([]);
  });

  it('keeps a network activity when one of its links is deleted, and refuses to delete a link with its own', async () => {
    const a = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const b = await must(backend, 'partnership:save', link('Ornans', 'FR'));
    const network = await must(
      backend,
      'activities:save',
      activity([a.id, b.id], { host: a.partners[0]!.id }),
    );
    await must(backend, 'partnership:delete', { id: a.id });
    const kept = await must(backend, 'activities:get', { id: network.id });
    expect(kept.partnershipIds).toEqual([b.id]);
    expect(kept.host).toBeNull();
    const refused = await callError(backend, 'partnership:delete', { id: b.id });
    expect(refused.issues?.[0]).toMatchObject({ code: 'link_has_activities', params: { count: 1 } });
  });

  it('keeps an organisation register, and removing one takes it off the activities that named it', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const school = await must(backend, 'organisations:save', {
      draft: {
        name: 'Colegiul Național Gheorghe Lazăr',
        kind: 'school',
        town: 'Sibiu',
        country: 'RO',
        contactName: '',
        email: '',
        phone: '',
        notes: '',
      },
    });
    const a = await must(backend, 'activities:save', activity([p.id], { organisationIds: [school.id] }));
    expect((await must(backend, 'organisations:list', {})).map((o) => o.name)).toEqual([school.name]);
    await must(backend, 'organisations:remove', { id: school.id });
    expect((await must(backend, 'activities:get', { id: a.id })).organisationIds).toEqual([]);
  });

  it('names the activity records it changed in the store:changed event', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const seen: { collection: string; id: string }[] = [];
    const off = backend.events.subscribe((event, payload) => {
      if (event === 'store:changed' && 'changes' in payload) seen.push(...payload.changes);
    });
    const a = await must(backend, 'activities:save', activity([p.id]));
    off();
    expect(seen).toEqual([expect.objectContaining({ collection: 'activities', id: a.id, op: 'put' })]);
  });

  it('finds an activity by a part of its title', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const a = await must(backend, 'activities:save', activity([p.id]));
    const hits = await must(backend, 'find:anything', { text: 'youth exch' });
    expect(hits).toContainEqual(
      expect.objectContaining({ kind: 'activity', target: { screen: 'activity', id: a.id } }),
    );
  });

  it('prints the day-by-day programme in the UI language through document:render', async () => {
    const p = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const a = await must(backend, 'activities:save', activity([p.id]));
    const pdf = await must(backend, 'document:render', {
      kind: 'activityProgramme',
      params: { activityId: a.id, language: 'fr' },
    });
    expect(pdf.fileName).toMatch(/^programme-.*\.pdf$/);
    const text = (await parsePdf(pdf.bytes)).text.join(' ');
    expect(text).toContain('Workshop');
    expect(text).toMatch(/Jour 2/);
  });
});
