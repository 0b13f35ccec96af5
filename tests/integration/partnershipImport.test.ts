import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { call, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

const CSV = [
  'partner town,country,year,kind',
  'Besançon,France,1980,partnership',
  'Atlantis,Narnia,1990,',
  'Frankfurt,Germany,1975,friendship',
].join('\n');

describe('importing partnerships from CSV through dispatch', () => {
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

  it('previews without writing, and refuses to commit while an ambiguous row has no choice', async () => {
    const preview = await must(backend, 'import:preview', { text: CSV });
    expect(preview.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'ok'],
      [3, 'error'],
      [4, 'ambiguous'],
    ]);
    expect(await must(backend, 'partnership:list', {})).toEqual([]);

    const refused = await call(backend, 'import:commit', { text: CSV, choices: [] });
    expect(refused.ok ? null : refused.error.issues?.[0]?.code).toBe('choice_missing');
    expect(await must(backend, 'partnership:list', {})).toEqual([]);
  });

  it('imports a refused row once it is put right in the preview, leaving the file as it was', async () => {
    const fixed = { line: 3, values: { partner: 'Dole', country: 'France' } };
    const preview = await must(backend, 'import:preview', { text: CSV, edits: [fixed] });
    const row = preview.rows.find((r) => r.line === 3);
    expect(row).toMatchObject({
      status: 'ok',
      edited: true,
      values: { partner: 'Dole', country: 'France', year: '1990' },
    });
    expect(preview.rows.find((r) => r.line === 2)?.edited).toBeUndefined();

    const result = await must(backend, 'import:commit', {
      text: CSV,
      choices: [{ line: 4, place: null }],
      edits: [fixed],
    });
    expect(result).toMatchObject({ imported: 2, skipped: 1 });
    const names = (await must(backend, 'partnership:list', {})).map((p) => p.title);
    expect(names.sort()).toEqual(['Besançon', 'Dole']);
  });

  it('refuses an edit of a cell the import has no field for, naming it', async () => {
    const refused = await call(backend, 'import:preview', {
      text: CSV,
      edits: [{ line: 3, values: { mayor: 'x' } as never }],
    });
    expect(refused.ok).toBe(false);
  });

  it('adds the good rows and the chosen town in one step, keeping a year alone as a year, and reports the rest as skipped', async () => {
    const preview = await must(backend, 'import:preview', { text: CSV });
    const oder = preview.rows.find((r) => r.line === 4)?.options.find((o) => o.name === 'Frankfurt (Oder)');
    expect(oder).toBeDefined();
    const place = {
      name: oder?.name ?? '',
      country: 'DE',
      region: oder?.admin1 ?? '',
      population: oder?.population ?? null,
      coordinates: { lat: oder?.lat ?? 0, lon: oder?.lon ?? 0 },
      geonameId: oder?.geonameId ?? null,
      source: 'geonames' as const,
    };

    const result = await must(backend, 'import:commit', {
      text: CSV,
      choices: [{ line: 4, place }],
    });
    expect(result).toMatchObject({ imported: 2, skipped: 1 });
    expect(result.backupId).toMatch(/import/);
    const rows = await must(backend, 'partnership:list', {});
    expect(rows.map((r) => r.title).sort()).toEqual(['Besançon', 'Frankfurt (Oder)']);
    const besancon = await must(backend, 'partnership:get', {
      id: rows.find((r) => r.title === 'Besançon')?.id ?? '',
    });
    expect(besancon.signings).toEqual([expect.objectContaining({ date: '1980', note: '' })]);

    // A second import of the same file finds both towns already there.
    const again = await must(backend, 'import:preview', { text: CSV });
    expect(again.rows.find((r) => r.line === 2)?.issues.map((i) => i.code)).toContain('alreadyExists');
  });
});
