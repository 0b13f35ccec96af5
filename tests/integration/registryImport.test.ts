import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { ImportChoice, PreviewRow } from '../../shared/domain/importPreview';
import { must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

const sibiu = {
  name: 'Sibiu',
  country: 'RO',
  region: 'Sibiu',
  population: 147245,
  languages: ['ro'],
  coordinates: { lat: 45.79833, lon: 24.12558 },
};

/** A town hall's sheet: three home towns, semicolons, Romanian headers, local dates and extra columns. */
const THREE_TOWNS = [
  'Localitatea;Oraș partener;Țară;Data semnării;Tipul legăturii;Stare;Persoană de contact;E-mail;Observații;Buget',
  'Hermannstadt;Landshut;Germania;12.10.1990;Parteneriat oficial;Activ;Anna Huber;a.huber@landshut.de;Prima vizită 1989;1200',
  'Sibiu;Rennes;Franța;1999;Prietenie;;;;;',
  'Sibiu;Bielsko-Biała;Polonia;2002;;Inactiv;;;;',
  'Sibiu;Springfield;United States;1913;;;;;;',
  'Brașov;Landshut;Germania;1995;;;;;;',
  'Cluj-Napoca;Nantes;Franța;1999;;;;;;',
].join('\n');

const manualChoices = (rows: PreviewRow[]): ImportChoice[] =>
  rows
    .filter((r) => r.status === 'ambiguous')
    .map((r) => ({
      line: r.line,
      place: {
        name: r.values.partner ?? '',
        country: r.country ?? '',
        region: '',
        population: null,
        coordinates: null,
        geonameId: null,
        source: 'manual' as const,
      },
    }));

describe('importing a real registry', () => {
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

  it('asks which home town is the committee’s when none is set and the file holds three, writing nothing', async () => {
    const preview = await must(backend, 'import:preview', { text: THREE_TOWNS });
    expect(preview.problems.map((p) => p.code)).toEqual(['severalHomeTowns']);
    expect(preview.homeTowns.map((h) => [h.name, h.rows])).toEqual([
      ['Sibiu', 3],
      ['Hermannstadt', 1],
      ['Brașov', 1],
      ['Cluj-Napoca', 1],
    ]);
    expect(preview.rows).toEqual([]);
  });

  it('imports the committee’s own links, matched through the gazetteer, and leaves the other towns’ aside', async () => {
    await must(backend, 'municipality:save', sibiu);
    const preview = await must(backend, 'import:preview', { text: THREE_TOWNS });
    const byLine = new Map(preview.rows.map((r) => [r.line, r]));
    // "Hermannstadt" is Sibiu's German name: that row is the committee's own.
    expect(byLine.get(2)?.issues.map((i) => i.code)).not.toContain('otherHomeTown');
    expect(byLine.get(6)?.issues.map((i) => i.code)).toEqual(['otherHomeTown']);
    expect(byLine.get(7)?.issues.map((i) => i.code)).toEqual(['otherHomeTown']);
    expect(preview.homeTowns.filter((h) => h.own).map((h) => h.name)).toEqual(['Sibiu', 'Hermannstadt']);
    expect(preview.ignoredColumns).toEqual(['Buget']);

    const result = await must(backend, 'import:commit', {
      text: THREE_TOWNS,
      choices: manualChoices(preview.rows),
    });
    expect(result).toMatchObject({ imported: 4, skipped: 2 });
    const list = await must(backend, 'partnership:list', {});
    expect(list.map((r) => r.title).sort()).toEqual(['Bielsko-Biała', 'Landshut', 'Rennes', 'Springfield']);
  });

  it('keeps what the file holds: the day of signing, the status it gives, the contact, the notes and the spelling', async () => {
    await must(backend, 'municipality:save', sibiu);
    const preview = await must(backend, 'import:preview', { text: THREE_TOWNS });
    await must(backend, 'import:commit', { text: THREE_TOWNS, choices: manualChoices(preview.rows) });
    const list = await must(backend, 'partnership:list', {});
    const get = async (title: string) =>
      must(backend, 'partnership:get', { id: list.find((r) => r.title === title)?.id ?? '' });

    const landshut = await get('Landshut');
    expect(landshut.signings.map((s) => s.date)).toEqual(['1990-10-12']);
    expect(landshut.statusHistory).toEqual([{ status: 'active', date: '1990-10-12', note: '' }]);
    expect(landshut.partners[0]?.contacts).toEqual([
      expect.objectContaining({ name: 'Anna Huber', email: 'a.huber@landshut.de' }),
    ]);
    expect(landshut.notes).toBe('Prima vizită 1989');

    const rennes = await get('Rennes');
    expect(rennes.kind).toBe('friendship');
    expect(rennes.signings.map((s) => s.date)).toEqual(['1999']);
    // No day is known for the status: the import's own day stands in, and never counts as activity.
    expect(rennes.statusHistory).toEqual([{ status: 'active', date: '2026-05-09', note: '', entered: true }]);

    const bielsko = await get('Bielsko-Biała');
    expect(bielsko.status).toBe('dormant');
    expect(bielsko.partners[0]?.place).toMatchObject({ name: 'Bielsko-Biała', source: 'geonames' });
  });

  it('takes partners outside Europe, entered by hand, with years before 1920', async () => {
    await must(backend, 'municipality:save', sibiu);
    const preview = await must(backend, 'import:preview', { text: THREE_TOWNS });
    const springfield = preview.rows.find((r) => r.line === 5);
    expect(springfield).toMatchObject({ status: 'ambiguous', country: 'US', signedOn: '1913' });
    expect(springfield?.issues.map((i) => i.code)).toEqual(['outsideGazetteer']);
  });

  it('shows year-only anniversaries for their year, and imported links with nothing recorded as quiet', async () => {
    await must(backend, 'municipality:save', sibiu);
    const preview = await must(backend, 'import:preview', { text: THREE_TOWNS });
    await must(backend, 'import:commit', { text: THREE_TOWNS, choices: manualChoices(preview.rows) });
    const dashboard = await must(backend, 'dashboard:get', { horizonDays: 1000 });
    const rennes = dashboard.anniversaries.find((a) => a.title === 'Rennes');
    expect(rennes).toMatchObject({ years: 30, year: 2029, date: null });
    // Rennes has nothing recorded; Landshut's signing (1990) is long past the threshold too.
    expect(dashboard.dormant.map((d) => d.title).sort()).toEqual(['Landshut', 'Rennes', 'Springfield']);
  });
});
