import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { participant } from '../unit/shared/domain/activities/fixtures';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { sheetXlsx, sixtyRows } from './helpers/participantSheet';

// The helper's clock starts on 2026-05-09.
const link: Input<'partnership:save'> = {
  kind: 'partnership',
  partners: ['Landshut|DE', 'Rennes|FR'].map((t) => {
    const [name = '', country = ''] = t.split('|');
    return {
      key: name,
      place: {
        name,
        country,
        region: '',
        population: 60_000,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: [country === 'DE' ? 'de' : 'fr'],
      contacts: [],
    };
  }),
  signings: [],
  resolutions: [],
  languages: ['ro', 'de'],
  themes: ['youth'],
  notes: '',
};

const exchange = (partnershipId: string, dates = { startDate: '2026-06-10', endDate: '2026-06-13' }) =>
  ({
    title: 'Youth exchange in Sibiu',
    kind: 'youthExchange',
    partnershipIds: [partnershipId],
    host: 'home',
    venue: { name: 'Casa Tineretului', address: 'Str. Mitropoliei 10' },
    ...dates,
    programme: [
      { date: dates.startDate, items: [{ time: '18:00', title: 'Welcome dinner', place: '', note: '' }] },
    ],
    languages: ['ro', 'de'],
    themes: [],
    organisationIds: [],
    notes: '',
  }) satisfies Input<'activities:save'>;

const draft = (activityId: string, over: Partial<Input<'participants:save'>['draft']> = {}) => {
  const { id: _id, ...fields } = participant({ activityId, ...over });
  return { ...fields, ...over };
};

describe('participants through dispatch', () => {
  let dir: string;
  let backend: Backend;
  let activityId: string;
  let partnershipId: string;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
    await must(backend, 'municipality:save', {
      name: 'Sibiu',
      country: 'RO',
      region: 'Sibiu',
      population: 134_000,
      languages: ['ro'],
      coordinates: null,
    });
    partnershipId = (await must(backend, 'partnership:save', link)).id;
    activityId = (await must(backend, 'activities:save', exchange(partnershipId))).id;
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  it('adds a participant, edits them with the revision seen and refuses a stale edit', async () => {
    const anna = await must(backend, 'participants:save', {
      draft: draft(activityId, { name: 'Anna Huber' }),
    });
    expect(anna.rev).toBe(1);
    const edited = await must(backend, 'participants:save', {
      draft: { ...draft(activityId, { name: 'Anna Huber', registration: 'confirmed' }), id: anna.id },
      rev: 1,
    });
    expect(edited.registration).toBe('confirmed');
    const stale = await callError(backend, 'participants:save', {
      draft: { ...draft(activityId, { name: 'Anna H.' }), id: anna.id },
      rev: 1,
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await must(backend, 'participants:list', { activityId })).map((p) => p.name)).toEqual([
      'Anna Huber',
    ]);
  });

  it('refuses a participant of an activity that does not exist, and a departure before the arrival at its field', async () => {
    const missing = await callError(backend, 'participants:save', { draft: draft('no-such-activity') });
    expect(missing.code).toBe('NOT_FOUND');
    const early = await callError(backend, 'participants:save', {
      draft: draft(activityId, { arrival: '2026-06-12', departure: '2026-06-10' }),
    });
    expect(early.code).toBe('VALIDATION');
    expect(early.issues?.[0]?.path).toEqual(['draft', 'departure']);
  });

  it('removes a participant and brings them back with Undo as a new record', async () => {
    const jonas = await must(backend, 'participants:save', {
      draft: draft(activityId, { name: 'Jonas Weber' }),
    });
    const removed = await must(backend, 'participants:remove', { id: jonas.id });
    expect(await must(backend, 'participants:list', { activityId })).toEqual([]);
    const { id: _old, ...again } = removed;
    const back = await must(backend, 'participants:save', { draft: again });
    expect(back.name).toBe('Jonas Weber');
    expect(back.id).not.toBe(jonas.id);
  });

  it('counts per country, per invited town, youth, invited against local and attended against registered', async () => {
    const add = (over: Partial<Input<'participants:save'>['draft']>) =>
      must(backend, 'participants:save', { draft: draft(activityId, over) });
    await add({ name: 'A', town: 'Landshut', country: 'DE', birthYear: 2010, registration: 'attended' });
    await add({ name: 'B', town: 'LANDSHUT ', country: 'DE', ageBand: 'over30' });
    await add({ name: 'C', town: 'Rennes', country: 'FR', ageBand: 'from18to30', registration: 'cancelled' });
    await add({
      name: 'D',
      town: 'Sibiu',
      country: 'RO',
      origin: 'local',
      ageBand: 'under18',
      dietNote: 'no nuts',
    });
    const counts = await must(backend, 'participants:counts', { activityId });
    expect(counts.total).toBe(3);
    expect(counts.byCountry).toEqual([
      { country: 'DE', count: 2 },
      { country: 'RO', count: 1 },
    ]);
    expect(counts.byInvitedTown).toEqual([{ town: 'Landshut', country: 'DE', count: 2 }]);
    expect(counts).toMatchObject({ invited: 2, local: 1, registered: 3, attended: 1, holdingSensitive: 1 });
    expect(counts.youth).toMatchObject({ under18: 2, under30: 2, ageKnown: 3 });
  });

  it('previews a 60-row sheet with a report for each bad row and writes nothing until the commit', async () => {
    const bytes = await sheetXlsx(sixtyRows());
    const preview = await must(backend, 'participants:importPreview', { activityId, bytes });
    expect(preview.format).toBe('xlsx');
    expect(preview.rows).toHaveLength(60);
    const codes = (line: number) => preview.rows.find((r) => r.line === line)?.issues.map((i) => i.code);
    expect(codes(5)).toContain('missingName');
    expect(codes(9)).toContain('unknownCountry');
    expect(codes(13)).toContain('duplicateRow');
    expect(codes(17)).toContain('badDate');
    expect(preview.counts.error).toBe(4);
    expect(await must(backend, 'participants:list', { activityId })).toEqual([]);

    // Line 9 is put right in the preview (France), line 5 is left out with the other refused rows.
    const edits = [{ line: 9, values: { country: 'France' } }];
    const fixed = await must(backend, 'participants:importPreview', { activityId, bytes, edits });
    expect(fixed.rows.find((r) => r.line === 9)?.status).not.toBe('error');
    const result = await must(backend, 'participants:importCommit', { activityId, bytes, edits, skip: [20] });
    expect(result).toMatchObject({ imported: 56, skipped: 4 });
    expect(result.backupId).not.toBeNull();
    const counts = await must(backend, 'participants:counts', { activityId });
    expect(counts.total).toBe(56);
    expect(counts.byInvitedTown.map((t) => [t.town, t.count])).toEqual([
      ['Rennes', 20],
      ['Landshut', 17],
    ]);

    // The same sheet again adds nobody twice.
    const again = await must(backend, 'participants:importPreview', { activityId, bytes });
    expect(again.rows.filter((r) => r.issues.some((i) => i.code === 'alreadyRegistered')).length).toBe(56);
  });

  it('refuses a file over 10 MB with its size, before reading a row', async () => {
    const bytes = new Uint8Array(11 * 1024 * 1024).fill(65);
    const preview = await must(backend, 'participants:importPreview', { activityId, bytes });
    expect(preview.problems).toEqual([{ code: 'tooLarge', params: { maxMb: 10, sizeMb: 11 } }]);
    const refused = await callError(backend, 'participants:importCommit', { activityId, bytes });
    expect(refused.code).toBe('VALIDATION');
    expect(await must(backend, 'participants:list', { activityId })).toEqual([]);
  });

  it('exports the register as CSV and XLSX that the import reads back, the diet only when asked', async () => {
    await must(backend, 'participants:save', {
      draft: draft(activityId, { name: 'Élodie Le Goff', town: 'Rennes', country: 'FR', dietNote: 'vegan' }),
    });
    const csv = await must(backend, 'participants:exportRegister', {
      activityId,
      format: 'csv',
      language: 'fr',
    });
    const text = new TextDecoder().decode(csv.bytes);
    expect(csv.fileName).toBe('participants-youth-exchange-in-sibiu-2026-06-10.csv');
    expect(text).toMatch(/Élodie Le Goff;Rennes;France/);
    expect(text).not.toMatch(/vegan/);
    const xlsx = await must(backend, 'participants:exportRegister', {
      activityId,
      format: 'xlsx',
      language: 'en',
      includeDiet: true,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes.slice().buffer as ArrayBuffer);
    const values = workbook.worksheets[0]?.getRow(2).values as unknown[];
    expect(values).toContain('Élodie Le Goff');
    expect(values).toContain('vegan');
    const other = (await must(backend, 'activities:save', exchange(partnershipId))).id;
    const preview = await must(backend, 'participants:importPreview', {
      activityId: other,
      bytes: xlsx.bytes,
    });
    expect(preview.counts).toMatchObject({ error: 0 });
    expect(preview.rows[0]?.participant?.name).toBe('Élodie Le Goff');
  });

  it('prints the signed list of one invited town through document:render, read back with pdftotext', async () => {
    for (const [name, town, country, origin] of [
      ['Anna Huber', 'Landshut', 'DE', 'invited'],
      ['Élodie Le Goff', 'Rennes', 'FR', 'invited'],
      ['Maria Ionescu', 'Sibiu', 'RO', 'local'],
    ] as const)
      await must(backend, 'participants:save', { draft: draft(activityId, { name, town, country, origin }) });
    const doc = await must(backend, 'document:render', {
      kind: 'participantList',
      params: {
        activityId,
        languages: ['ro', 'de'],
        list: { kind: 'invited', town: 'landshut', country: 'DE' },
      },
    });
    const file = join(dir, doc.fileName);
    await writeFile(file, doc.bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
    expect(doc.fileName).toBe('participant-list-youth-exchange-in-sibiu-landshut.pdf');
    expect(text).toMatch(/Localitate invitată \/ Eingeladene Stadt: Landshut \(Germania\)/);
    expect(text).toMatch(/Anna Huber\s+Landshut\s+Germania/);
    expect(text).toMatch(/Semnătură \/ Unterschrift/);
    expect(text).not.toMatch(/Le Goff|Ionescu/);

    const local = await must(backend, 'document:render', {
      kind: 'participantList',
      params: { activityId, languages: ['en'], list: { kind: 'local' } },
    });
    expect(local.fileName).toMatch(/-local\.pdf$/);
    const none = await callError(backend, 'document:render', {
      kind: 'participantList',
      params: { activityId, languages: ['en'], list: { kind: 'invited', town: 'Paris', country: 'FR' } },
    });
    expect(none.code).toBe('NOT_FOUND');
  });

  it('writes the invitation to a partner town in the host’s language and the town’s', async () => {
    const link2 = await must(backend, 'partnership:get', { id: partnershipId });
    const rennes = link2.partners.find((t) => t.place.name === 'Rennes')!;
    const doc = await must(backend, 'document:render', {
      kind: 'invitation',
      params: { activityId, townId: rennes.id, signatory: { name: 'Ana Popescu', office: 'Președintă' } },
    });
    const file = join(dir, doc.fileName);
    await writeFile(file, doc.bytes);
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
    expect(pages[0]).toMatch(/Dragi prieteni din Rennes,/);
    expect(pages[1]).toMatch(/Chers amis de Rennes,/);
    expect(pages[1]).toMatch(/Ana Popescu/);
  });
});
