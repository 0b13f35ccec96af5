import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
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
import { parsePdf } from './helpers/pdf';

// The helper's clock starts on 2026-05-09.
const town = (name: string, country: string) => ({
  key: name,
  place: {
    name,
    country,
    region: '',
    population: 20_000,
    coordinates: null,
    geonameId: null,
    source: 'manual' as const,
  },
  languages: [],
  contacts: [],
});
const link = (name: string, country: string): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [town(name, country)],
  signings: [],
  resolutions: [],
  languages: ['ro'],
  themes: ['youth'],
  notes: '',
});

describe('the reporting pack through dispatch', () => {
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

  async function withGuests(list: Participant[]): Promise<void> {
    await backend.close();
    const file = join(dir, 'store.json');
    const db = JSON.parse(await readFile(file, 'utf8')) as { participants: unknown[] };
    db.participants.push(...list.map((p) => ({ ...p, rev: 1, updatedAt: '2026-05-09T10:00:00.000Z' })));
    await writeFile(file, JSON.stringify(db));
    backend = await openBackend(dir, log);
  }

  /** A town-twinning event in Buziaș with guests from Ornans and Landshut, a budget and an award. */
  async function awarded(status: 'awarded' | 'submitted' = 'awarded') {
    await must(backend, 'municipality:save', municipality('Buziaș'));
    const ornans = await must(backend, 'partnership:save', link('Ornans', 'FR'));
    const landshut = await must(backend, 'partnership:save', link('Landshut', 'DE'));
    const a = await must(backend, 'activities:save', {
      title: 'Zilele Europei',
      kind: 'citizensExchange',
      partnershipIds: [ornans.id, landshut.id],
      host: 'home',
      venue: { name: 'Casa de Cultură', address: 'Str. Libertății 1, Buziaș' },
      startDate: '2026-05-08',
      endDate: '2026-05-10',
      programme: [
        { date: '2026-05-08', items: [{ time: '18:00', title: 'Primirea oaspeților', place: '', note: '' }] },
        {
          date: '2026-05-09',
          items: [{ time: '10:00', title: 'Atelier despre democrație', place: '', note: '' }],
        },
      ],
      languages: ['ro', 'fr'],
      themes: [{ theme: 'democracy', how: 'Citizens debate local democracy together.' }],
      organisationIds: [],
      notes: '',
    });
    const people = [
      ...Array.from({ length: 3 }, (_, i) =>
        participant({
          id: `o${i}`,
          activityId: a.id,
          name: `Ornans ${i}`,
          town: 'Ornans',
          country: 'FR',
          birthYear: 2004,
        }),
      ),
      ...Array.from({ length: 2 }, (_, i) =>
        participant({
          id: `l${i}`,
          activityId: a.id,
          name: `Landshut ${i}`,
          town: 'Landshut',
          country: 'DE',
          ageBand: 'over30',
        }),
      ),
      participant({
        id: 'b0',
        activityId: a.id,
        name: 'Ana Pop',
        town: 'Buziaș',
        country: 'RO',
        origin: 'local',
      }),
    ];
    await must(backend, 'budgetLines:save', {
      year: 2026,
      activityId: a.id,
      category: 'travel',
      planned: { amount: 200000, currency: 'EUR' },
    });
    await must(backend, 'ledger:save', {
      direction: 'expense',
      date: '2026-05-08',
      counterparty: 'Autocar',
      category: 'travel',
      activityId: a.id,
      amount: { amount: 150000, currency: 'EUR' },
    });
    const app = await must(backend, 'funding:saveApplication', {
      title: 'Europe Days 2026',
      programme: { programmeId: 'cerv-town-twinning', callYear: 2026, recordId: null },
      activityIds: [a.id],
      applicants: [{ name: 'Primăria Buziaș', country: 'RO', kind: 'localAuthority', lead: true }],
      projectStart: '2026-03-01',
      projectEnd: '2026-10-31',
      deadline: null,
      internalDaysBefore: 14,
      checklist: [],
      amounts: { requested: null, awarded: { amount: 1500000, currency: 'EUR' }, advanced: null, paid: null },
      plannedCosts: null,
      notes: '',
    });
    await withGuests(people);
    await must(backend, 'funding:setApplicationStatus', {
      id: app.id,
      status: 'drafting',
      date: '2026-05-09',
      note: '',
    });
    await must(backend, 'funding:setApplicationStatus', {
      id: app.id,
      status: 'submitted',
      date: '2026-05-09',
      note: '',
    });
    if (status === 'awarded')
      await must(backend, 'funding:setApplicationStatus', {
        id: app.id,
        status: 'awarded',
        date: '2026-05-09',
        note: '',
        awarded: { amount: 1500000, currency: 'EUR' },
      });
    return app.id;
  }

  it('prints the final report with the participants per country and town, the youth share and the costs', async () => {
    const applicationId = await awarded();
    const doc = await must(backend, 'document:render', {
      kind: 'funding-final-report',
      params: { applicationId, language: 'en' },
    });
    expect(doc.fileName).toBe('final-report-europe-days-2026.pdf');
    const pdf = await parsePdf(doc.bytes);
    const text = pdf.text.join(' ').replace(/\s+/g, ' ');
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    for (const s of [
      'Final report',
      'Europe Days 2026',
      'CERV Town-Twinning 2026',
      'Zilele Europei',
      'Participants per country',
      'France 3',
      'Germany 2',
      'Participants per invited town',
      'Ornans France 3',
      'Landshut Germany 2',
      '3 of the 5 participants whose age is known (60%)',
      'Democracy: Citizens debate local democracy together.',
      'Primirea oaspeților',
      'Atelier despre democrație',
      'Costs against the budget',
      '€2,000.00 €1,500.00',
    ])
      expect(text).toContain(s);
    // The address ends with the town already: the place names it once, with its country.
    expect(text).toContain('Casa de Cultură, Str. Libertății 1, Buziaș (Romania)');
    expect(text).not.toMatch(/Buziaș,\s*Buziaș/);
  });

  it('prints the publication text with the programme’s funding statement in the window’s language', async () => {
    const applicationId = await awarded();
    const doc = await must(backend, 'document:render', {
      kind: 'funding-publication',
      params: { applicationId, language: 'fr' },
    });
    expect(doc.fileName).toBe('texte-de-publication-europe-days-2026.pdf');
    const text = (await parsePdf(doc.bytes)).text.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Financé par l’Union européenne');
    expect(text).toContain('Participants à l’événement : 6, dont 5 invités venant de :');
    expect(text).toContain('Ornans (France) : 3');
    expect(text).toContain('Landshut (Allemagne) : 2');
  });

  it('zips the final report, one signed list per invited town and the publication text, named in Romanian', async () => {
    const applicationId = await awarded();
    const pack = await must(backend, 'funding:reportingPack', { applicationId, language: 'ro' });
    expect(pack.bytes).toBeInstanceOf(Uint8Array);
    expect(pack.fileName).toBe('dosar-de-raportare-europe-days-2026.zip');
    const files = unzipSync(pack.bytes);
    const folder = 'dosar-de-raportare-europe-days-2026/';
    expect(Object.keys(files)).toEqual([
      `${folder}raport-final-europe-days-2026.pdf`,
      `${folder}lista-semnata-zilele-europei-landshut.pdf`,
      `${folder}lista-semnata-zilele-europei-ornans.pdf`,
      `${folder}text-de-publicare-europe-days-2026.pdf`,
    ]);
    expect(pack.entries).toEqual(Object.keys(files).map((f) => f.slice(folder.length)));
    const ornans = (await parsePdf(files[`${folder}lista-semnata-zilele-europei-ornans.pdf`]!)).text.join(
      ' ',
    );
    expect(ornans).toContain('Ornans 0');
    expect(ornans).not.toContain('Landshut 0');
    expect(ornans).not.toContain('Ana Pop');
    // Signed by French participants: the list speaks Romanian and French.
    expect(ornans).toContain('Liste des participants');
    const landshut = (await parsePdf(files[`${folder}lista-semnata-zilele-europei-landshut.pdf`]!)).text.join(
      ' ',
    );
    expect(landshut).toContain('Teilnehmerliste');
    const report = (await parsePdf(files[`${folder}raport-final-europe-days-2026.pdf`]!)).text.join(' ');
    expect(report).toContain('Raport final');
    const publication = (await parsePdf(files[`${folder}text-de-publicare-europe-days-2026.pdf`]!)).text.join(
      ' ',
    );
    expect(publication).toContain('Finanțat de Uniunea Europeană');
  });

  it('prints the pack document by document as a task the window follows, and stops when cancelled', async () => {
    const applicationId = await awarded();
    const seen: { phase: string; done: number; total: number }[] = [];
    backend.events.subscribe((event, payload) => {
      if (event === 'task:progress') seen.push(payload as { phase: string; done: number; total: number });
    });
    await must(backend, 'funding:reportingPack', { applicationId, language: 'en', taskId: 'pack-0001' });
    expect(seen.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual([
      'print 1/4',
      ...seen.slice(1, -1).map((p) => `print ${p.done}/4`),
      'print 4/4',
    ]);
    backend.events.subscribe((event) => {
      if (event === 'task:progress') void backend.dispatch('task:cancel', { taskId: 'pack-0002' });
    });
    const error = await callError(backend, 'funding:reportingPack', {
      applicationId,
      language: 'en',
      taskId: 'pack-0002',
    });
    expect(error.code).toBe('CANCELLED');
  });

  it('refuses the pack before the award, naming why', async () => {
    const applicationId = await awarded('submitted');
    const error = await callError(backend, 'funding:reportingPack', { applicationId, language: 'en' });
    expect(error).toMatchObject({
      code: 'INVARIANT',
      issues: [{ path: ['status'], code: 'pack_not_awarded' }],
    });
    const render = await callError(backend, 'document:render', {
      kind: 'funding-final-report',
      params: { applicationId, language: 'en' },
    });
    expect(render.issues?.[0]?.code).toBe('pack_not_awarded');
  });
});
