import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { parsePdf } from './helpers/pdf';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { europeDays } from './helpers/planning';

// The helper's clock starts on 2026-05-09.
const link = (name: string, signed: string | null): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [
    {
      key: name,
      place: {
        name,
        country: 'FR',
        region: '',
        population: 4000,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: [],
      contacts: [],
    },
  ],
  signings: signed ? [{ date: signed, place: name, note: '' }] : [],
  resolutions: [],
  languages: ['ro', 'fr'],
  themes: ['youth'],
  notes: '',
});

const activity = (partnershipIds: string[]): Input<'activities:save'> => ({
  title: 'Youth exchange in Ornans',
  kind: 'youthExchange',
  partnershipIds,
  host: null,
  venue: { name: 'Lycée', address: '' },
  startDate: '2026-07-06',
  endDate: '2026-07-10',
  programme: [],
  languages: ['fr', 'ro'],
  themes: [],
  organisationIds: [],
  notes: '',
});

const application = (activityIds: string[]) => europeDays({ activityIds });

describe('the timeline of all partnerships through dispatch', () => {
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

  it('gathers signings, the 25th anniversary, the plan, an activity and a funding deadline on the link’s row', async () => {
    const ornans = await must(backend, 'partnership:save', link('Ornans', '2001-06-14'));
    const alba = await must(backend, 'partnership:save', link('Alba', null));
    const plan = await must(backend, 'plan:start', { partnershipId: ornans.id, firstYear: 2026 });
    await must(backend, 'plan:saveAction', {
      planId: plan.id,
      rev: plan.rev,
      action: {
        title: 'Choir visit',
        year: 2027,
        objectiveIds: [],
        activityIds: [],
        ownerId: null,
        status: 'agreed',
        note: '',
      },
    });
    const visit = await must(backend, 'activities:save', activity([ornans.id]));
    const grant = await must(backend, 'funding:saveApplication', application([visit.id]));

    const t = await must(backend, 'timeline:get', { fromYear: 2000, toYear: 2027 });
    expect(t.rows.map((r) => r.title)).toEqual(['Ornans', 'Alba']);
    expect(t.rows[1]).toMatchObject({ partnershipId: alba.id, items: [] });
    expect(t.rows[0]!.items.map((i) => [i.kind, i.date ?? i.year])).toEqual([
      ['signing', '2001-06-14'],
      ['anniversary', '2006-06-14'],
      ['anniversary', '2011-06-14'],
      ['anniversary', '2016-06-14'],
      ['anniversary', '2021-06-14'],
      ['anniversary', '2026-06-14'],
      ['activity', '2026-07-06'],
      ['deadline', '2026-09-09'],
      ['action', 2027],
    ]);
    expect(t.rows[0]!.items.find((i) => i.kind === 'deadline')).toMatchObject({
      until: '2026-09-23',
      target: { to: 'application', id: grant.id },
    });
    expect(t).toMatchObject({ earliestYear: 2001, latestYear: 2027 });
  });

  it('refuses a span whose last year comes before its first, naming the last year', async () => {
    const error = await callError(backend, 'timeline:get', { fromYear: 2027, toYear: 2020 });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0]).toMatchObject({ path: ['toYear'], code: 'years_out_of_order' });
  });

  it('prints the timeline on A4 landscape by quarter, with the link, its activity and the legend', async () => {
    const ornans = await must(backend, 'partnership:save', link('Ornans', '2001-06-14'));
    await must(backend, 'activities:save', activity([ornans.id]));
    const pdf = await must(backend, 'document:render', {
      kind: 'timeline',
      params: { fromYear: 2026, toYear: 2027, zoom: 'quarter', language: 'en' },
    });
    expect(pdf.fileName).toBe('timeline-2026-2027-quarter.pdf');
    const landscape = /\/MediaBox \[0 0 841\.89 595\.28\]/.test(Buffer.from(pdf.bytes).toString('latin1'));
    expect(landscape).toBe(true);
    const parsed = await parsePdf(pdf.bytes);
    expect(parsed.pages).toBe(1);
    const text = parsed.text.join(' ');
    for (const words of ['Timeline of the partnerships', '2026–2027, by quarter', 'Q3 2026', 'Q4 2027'])
      expect(text).toContain(words);
    expect(text).toContain('Youth exchange in Ornans');
    expect(text).toContain('25 years');
    expect(text).toContain('Funding deadline');
    expect(parsed.fonts.every((f) => f.embedded)).toBe(true);
  });

  it('prints the timeline in Romanian with its own words', async () => {
    await must(backend, 'partnership:save', link('Ornans', '2001-06-14'));
    const pdf = await must(backend, 'document:render', {
      kind: 'timeline',
      params: { fromYear: 2026, toYear: 2026, zoom: 'month', language: 'ro' },
    });
    const text = (await parsePdf(pdf.bytes)).text.join(' ');
    expect(text).toContain('Cronologia înfrățirilor');
    expect(text).toContain('25 de ani');
  });
});
