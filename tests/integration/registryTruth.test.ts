import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { decodeBytes } from '../../shared/domain/csv/detectEncoding';
import type { ImportChoice, PreviewRow } from '../../shared/domain/importPreview';
import type { Input } from '../../shared/ipc/contract';
import { call, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

// The helper's clock starts on 2026-05-09, 10:00 UTC.

/** Bytes as Romanian Excel writes "CSV (delimitat prin virgulă)": Windows-1250, no BOM. */
function cp1250(text: string): Uint8Array {
  const table: Record<string, number> = {
    ș: 0xba,
    ț: 0xfe,
    Ț: 0xde,
    ă: 0xe3,
    ł: 0xb3,
    é: 0xe9,
    ő: 0xf5,
    ř: 0xf8,
    í: 0xed,
    č: 0xe8,
  };
  return Uint8Array.from(
    [...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : (table[c] ?? 0x3f))),
  );
}

const sibiu = {
  name: 'Sibiu',
  country: 'RO',
  region: 'Sibiu',
  population: 147245,
  languages: ['ro'],
  coordinates: { lat: 45.79833, lon: 24.12558 },
};

const handTyped = (rows: PreviewRow[], coordinates: { lat: number; lon: number } | null = null) =>
  rows
    .filter((r) => r.status === 'ambiguous')
    .map((r): ImportChoice => ({
      line: r.line,
      place: {
        name: r.values.partner ?? '',
        country: r.country ?? '',
        region: '',
        population: null,
        coordinates,
        geonameId: null,
        source: 'manual',
      },
    }));

/** The form's draft for a partner town entered by hand (outside the gazetteer). */
const byHand = (
  name: string,
  country: string,
  coordinates: { lat: number; lon: number } | null,
): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [
    {
      key: 'p',
      place: { name, country, region: '', population: null, coordinates, geonameId: null, source: 'manual' },
      languages: ['en'],
      contacts: [],
    },
  ],
  signings: [],
  resolutions: [],
  languages: ['ro', 'en'],
  themes: [],
  notes: '',
});

describe('the registry keeps what the secretary’s files and forms hold', () => {
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

  const FILE = [
    'Oraș partener;Țară;Data semnării;Tipul legăturii',
    'Bielsko-Biała;Polonia;12.10.1990;Parteneriat oficial',
    'Třebíč;Cehia;1977;Prietenie',
  ].join('\r\n');

  async function importBytes(bytes: Uint8Array) {
    const { text, encoding } = decodeBytes(bytes);
    const preview = await must(backend, 'import:preview', { text });
    await must(backend, 'import:commit', { text, choices: handTyped(preview.rows) });
    const list = await must(backend, 'partnership:list', {});
    const get = (title: string) =>
      must(backend, 'partnership:get', { id: list.find((r) => r.title === title)?.id ?? '' });
    return { encoding, preview, list, get };
  }

  it('reads a Windows-1250 file without a BOM, with semicolons and 12.10.1990, keeping “Bielsko-Biała” whole', async () => {
    await must(backend, 'municipality:save', sibiu);
    const { encoding, preview, list, get } = await importBytes(cp1250(FILE));
    expect(encoding).toBe('windows-1250');
    expect(preview.delimiter).toBe(';');
    expect(preview.columns).toMatchObject({ partner: 'Oraș partener', country: 'Țară' });
    expect(preview.rows.map((r) => [r.values.partner, r.status, r.signedOn])).toEqual([
      ['Bielsko-Biała', 'ok', '1990-10-12'],
      ['Třebíč', 'ok', '1977'],
    ]);
    expect(list.map((r) => r.title).sort()).toEqual(['Bielsko-Biała', 'Třebíč']);
    const bielsko = await get('Bielsko-Biała');
    expect(bielsko.partners[0]?.place).toMatchObject({
      name: 'Bielsko-Biała',
      country: 'PL',
      source: 'geonames',
    });
    expect(bielsko.partners[0]?.place.coordinates).not.toBeNull();
    expect(bielsko.signings.map((s) => s.date)).toEqual(['1990-10-12']);
    expect((await get('Třebíč')).kind).toBe('friendship');
  });

  it('reads a Windows-1250 file that a tool put a UTF-8 BOM in front of, instead of garbling it', async () => {
    await must(backend, 'municipality:save', sibiu);
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...cp1250(FILE)]);
    const { encoding, list } = await importBytes(bytes);
    expect(encoding).toBe('windows-1250');
    expect(list.map((r) => r.title).sort()).toEqual(['Bielsko-Biała', 'Třebíč']);
  });

  it('announces the 50th year of a 1977 signing for 2027 with no day, and exports 1977 as 1977', async () => {
    const file = ['partner town,country,year', 'Pécs,Hungary,1977'].join('\n');
    const preview = await must(backend, 'import:preview', { text: file });
    expect(preview.rows[0]).toMatchObject({ status: 'ok', signedOn: '1977' });
    await must(backend, 'import:commit', { text: file, choices: [] });

    const dashboard = await must(backend, 'dashboard:get', { horizonDays: 365 });
    expect(dashboard.anniversaries).toEqual([
      expect.objectContaining({ title: 'Pécs', years: 50, year: 2027, date: null, signedOn: '1977' }),
    ]);
    for (const language of ['en', 'ro', 'fr', 'de'] as const) {
      const csv = (await must(backend, 'export:csv', { language })).text;
      expect(csv).toMatch(/[,;]1977[,;]/);
      expect(csv).not.toContain('1977-01-01');
    }
    const p = await must(backend, 'partnership:get', { id: dashboard.anniversaries[0]?.partnershipId ?? '' });
    expect(p.signings.map((s) => s.date)).toEqual(['1977']);
    // No day of the status is invented either: the import's day stands in, marked as such.
    expect(p.statusHistory).toEqual([{ status: 'active', date: '2026-05-09', note: '', entered: true }]);
  });

  it('exports CSV with a BOM, in commas for English Excel and semicolons for Romanian, French and German', async () => {
    await must(backend, 'partnership:save', byHand('Lusaka', 'ZM', null));
    const separators = { en: ',', ro: ';', fr: ';', de: ';' } as const;
    for (const [language, separator] of Object.entries(separators)) {
      const { text, fileName, mimeType } = await must(backend, 'export:csv', {
        language: language as keyof typeof separators,
      });
      expect(text.startsWith('\ufeff')).toBe(true);
      expect(fileName).toMatch(/\.csv$/);
      expect(mimeType).toBe('text/csv');
      const header = text.slice(1).split('\r\n')[0] ?? '';
      const other = separator === ',' ? ';' : ',';
      expect(header.split(separator).length).toBeGreaterThan(10);
      expect(header).not.toContain(other);
    }
  });

  it('takes a partner in the United States or Zambia from the form, with or without coordinates', async () => {
    const lusaka = await must(
      backend,
      'partnership:save',
      byHand('Lusaka', 'ZM', { lat: -15.41, lon: 28.28 }),
    );
    expect(lusaka.partners[0]?.place).toMatchObject({ name: 'Lusaka', country: 'ZM', source: 'manual' });
    const springfield = await must(backend, 'partnership:save', byHand('Springfield', 'US', null));
    expect(springfield.partners[0]?.place.coordinates).toBeNull();
    const list = await must(backend, 'partnership:list', { country: 'ZM' });
    expect(list.map((r) => r.title)).toEqual(['Lusaka']);
    const map = await must(backend, 'map:get', {});
    expect(JSON.stringify(map)).toContain('Lusaka');
  });

  it('takes a partner in the United States or Zambia from the import, offered to be entered by hand', async () => {
    const file = ['partner town,country,year', 'Ndola,Zambia,1965', 'Springfield,USA,1913'].join('\n');
    const preview = await must(backend, 'import:preview', { text: file });
    expect(
      preview.rows.map((r) => [r.values.partner, r.status, r.country, r.issues.map((i) => i.code)]),
    ).toEqual([
      ['Ndola', 'ambiguous', 'ZM', ['outsideGazetteer']],
      ['Springfield', 'ambiguous', 'US', ['outsideGazetteer']],
    ]);
    const result = await must(backend, 'import:commit', { text: file, choices: handTyped(preview.rows) });
    expect(result).toMatchObject({ imported: 2, skipped: 0 });
    const list = await must(backend, 'partnership:list', {});
    expect(list.map((r) => [r.title, r.countries])).toEqual([
      ['Ndola', ['ZM']],
      ['Springfield', ['US']],
    ]);
  });

  it('knows a home town picked as “București” in rows that say “Bucharest”, and leaves the others aside', async () => {
    const [picked] = await must(backend, 'place:search', { query: 'Bucharest', country: 'RO', limit: 1 });
    expect(picked?.place.name).toBe('București');
    await must(backend, 'municipality:save', {
      name: picked?.place.name ?? '',
      country: 'RO',
      region: '',
      population: picked?.place.population ?? null,
      languages: ['ro'],
      coordinates: { lat: picked?.place.lat ?? 0, lon: picked?.place.lon ?? 0 },
    });
    const file = [
      'Home town;Partner town;Country',
      'Bucharest;Budapest;Hungary',
      'Bucharest;Athens;Greece',
      'Bukarest;Lisbon;Portugal',
      'Cluj-Napoca;Budapest;Hungary',
    ].join('\n');
    const preview = await must(backend, 'import:preview', { text: file });
    expect(preview.problems).toEqual([]);
    expect(preview.homeTowns).toEqual([
      { name: 'Bucharest', rows: 2, own: true },
      { name: 'Bukarest', rows: 1, own: true },
      { name: 'Cluj-Napoca', rows: 1, own: false },
    ]);
    // Budapest is a partner of two home towns: ours is imported, Cluj's row is only left aside.
    expect(preview.rows.map((r) => [r.values.partner, r.status])).toEqual([
      ['Budapest', 'ok'],
      ['Athens', 'ok'],
      ['Lisbon', 'ok'],
      ['Budapest', 'error'],
    ]);
    expect(preview.rows[3]?.issues.map((i) => i.code)).toEqual(['otherHomeTown']);
  });

  it('records a history as it happened: a link typed in today, active since its signing in 1999', async () => {
    const p = await must(backend, 'partnership:save', {
      ...byHand('Rennes', 'FR', null),
      status: 'active',
      statusSince: '1999-06-12',
    });
    expect(p.statusHistory).toEqual([{ status: 'active', date: '1999-06-12', note: '' }]);
    const refused = await call(backend, 'partnership:save', {
      ...byHand('Nantes', 'FR', null),
      statusSince: '2026-05-10',
    });
    expect(refused.ok ? null : refused.error.issues?.[0]?.code).toBe('date_in_future');
  });

  it('backdates each status change in order, and keeps a correction with who made it and when', async () => {
    const created = await must(backend, 'partnership:save', byHand('Landshut', 'DE', null));
    // Typed in today: the first status is dated by the day of entry, and marked as such.
    expect(created.statusHistory).toEqual([
      { status: 'prospect', date: '2026-05-09', note: '', entered: true },
    ]);
    const first = await must(backend, 'partnership:correctStatus', {
      id: created.id,
      index: 0,
      date: '2026-02-02',
      note: 'Letter from the mayor',
      by: 'Ioana Popescu',
    });
    expect(first.statusHistory[0]).toEqual({
      status: 'prospect',
      date: '2026-02-02',
      note: 'Letter from the mayor',
      corrections: [{ at: expect.any(String), by: 'Ioana Popescu', date: '2026-05-09', note: '' }],
    });
    await must(backend, 'partnership:setStatus', {
      id: created.id,
      status: 'exploring',
      date: '2026-03-20',
      note: 'First meeting',
    });
    const tooEarly = await call(backend, 'partnership:setStatus', {
      id: created.id,
      status: 'negotiating',
      date: '2026-03-01',
      note: '',
    });
    expect(tooEarly.ok ? null : tooEarly.error.issues?.[0]?.code).toBe('date_before_last_status');
    await must(backend, 'partnership:setStatus', {
      id: created.id,
      status: 'negotiating',
      date: '2026-04-15',
      note: '',
    });
    const crossing = await call(backend, 'partnership:correctStatus', {
      id: created.id,
      index: 1,
      date: '2026-04-20',
      note: '',
      by: 'Ioana Popescu',
    });
    expect(crossing.ok ? null : crossing.error.issues?.[0]?.code).toBe('date_after_next_status');
    const twice = await must(backend, 'partnership:correctStatus', {
      id: created.id,
      index: 0,
      date: '2026-01-15',
      note: 'Letter from the mayor',
      by: 'Andrei Pop',
    });
    expect(twice.statusHistory.map((h) => [h.status, h.date])).toEqual([
      ['prospect', '2026-01-15'],
      ['exploring', '2026-03-20'],
      ['negotiating', '2026-04-15'],
    ]);
    expect(twice.statusHistory[0]?.corrections?.map((c) => [c.by, c.date])).toEqual([
      ['Ioana Popescu', '2026-05-09'],
      ['Andrei Pop', '2026-02-02'],
    ]);
  });

  it('does not count typing a link in as activity: an active link entered today with nothing recorded is quiet', async () => {
    await must(backend, 'partnership:save', { ...byHand('Rennes', 'FR', null), status: 'active' });
    const dashboard = await must(backend, 'dashboard:get', {});
    expect(dashboard.dormant).toEqual([expect.objectContaining({ title: 'Rennes', lastActivity: null })]);
  });

  it('warns about a second link with the same partner town from the form and from the shortlist', async () => {
    const first = await must(backend, 'partnership:save', byHand('Lusaka', 'ZM', null));
    const again = await call(backend, 'partnership:save', byHand('Lusaka', 'ZM', null));
    expect(again.ok ? null : again.error).toMatchObject({
      code: 'DUPLICATE',
      issues: [{ code: 'same_partner_town', message: first.id }],
    });
    const entry = await must(backend, 'shortlist:save', {
      place: byHand('Lusaka', 'ZM', null).partners[0]!.place,
      status: 'considering',
      themes: [],
      notes: '',
      scoreWhenAdded: null,
    });
    const fromShortlist = await call(backend, 'shortlist:createPartnership', {
      id: entry.id,
      kind: 'friendship',
    });
    expect(fromShortlist.ok ? null : fromShortlist.error.code).toBe('DUPLICATE');
    expect(await must(backend, 'partnership:list', {})).toHaveLength(1);
  });

  it('promises a backup on delete only when one holds the link, not the one taken before the import that brought it', async () => {
    const file = ['partner town,country,year', 'Pécs,Hungary,1977'].join('\n');
    const { backupId } = await must(backend, 'import:commit', { text: file, choices: [] });
    expect(backupId).toMatch(/import/);
    const [pecs] = await must(backend, 'partnership:list', {});
    expect(
      await must(backend, 'backup:holding', { collection: 'partnerships', id: pecs?.id ?? '' }),
    ).toBeNull();

    const made = await must(backend, 'backup:create', {});
    const held = await must(backend, 'backup:holding', { collection: 'partnerships', id: pecs?.id ?? '' });
    expect(held?.id).toBe(made.id);
  });

  it('with no home town set, keeps the rows of the one chosen under its other names too', async () => {
    const file = [
      'Home town;Partner town;Country',
      'Sibiu;Rennes;France',
      'Hermannstadt;Landshut;Germany',
      'Brașov;Landshut;Germany',
    ].join('\n');
    const asked = await must(backend, 'import:preview', { text: file });
    expect(asked.problems.map((p) => p.code)).toEqual(['severalHomeTowns']);
    const preview = await must(backend, 'import:preview', { text: file, home: 'Sibiu' });
    expect(preview.homeTowns.map((h) => [h.name, h.own])).toEqual([
      ['Sibiu', true],
      ['Hermannstadt', true],
      ['Brașov', false],
    ]);
    expect(preview.rows.map((r) => [r.values.partner, r.status])).toEqual([
      ['Rennes', 'ok'],
      ['Landshut', 'ok'],
      ['Landshut', 'error'],
    ]);
  });
});
