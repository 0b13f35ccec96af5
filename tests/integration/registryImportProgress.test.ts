import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import {
  callError,
  must,
  openBackend,
  progressOf,
  quietLog,
  removeDir,
  tempDataDir,
} from './helpers/backend';

/** An association's sheet of 1,000 links to towns outside the gazetteer (each read as typed). */
const ROWS = 1000;
const CSV = [
  'partner town,country,year,kind',
  ...Array.from({ length: ROWS }, (_, i) => `Town ${i + 1},United States,${1950 + (i % 70)},partnership`),
].join('\n');

describe('a registry import the secretary can follow and cancel', () => {
  let dir: string;
  let backend: Backend;
  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, quietLog());
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('reports the rows read up to the last while it previews', async () => {
    const seen = progressOf(backend);
    const preview = await must(backend, 'import:preview', { text: CSV, taskId: 'preview-0001' });
    expect(preview.rows).toHaveLength(ROWS);
    expect(seen.every((p) => p.phase === 'read' && p.total === ROWS)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ done: ROWS, cancellable: true });
  });

  it('stops reading when cancelled: nothing is imported and no backup is taken', async () => {
    const preview = await must(backend, 'import:preview', { text: CSV });
    const choices = preview.rows.map((r) => ({
      line: r.line,
      place: {
        name: r.values.partner,
        country: 'US',
        region: '',
        population: null,
        coordinates: null,
        geonameId: null,
        source: 'manual' as const,
      },
    }));
    const backupsBefore = await must(backend, 'backup:list', {});
    backend.events.subscribe((event) => {
      if (event === 'task:progress') void backend.dispatch('task:cancel', { taskId: 'commit-0001' });
    });
    const error = await callError(backend, 'import:commit', { text: CSV, choices, taskId: 'commit-0001' });
    expect(error.code).toBe('CANCELLED');
    expect(await must(backend, 'partnership:list', {})).toEqual([]);
    expect(await must(backend, 'backup:list', {})).toEqual(backupsBefore);
    // Not cancelled, the same commit adds every link.
    const done = await must(backend, 'import:commit', { text: CSV, choices });
    expect(done.imported).toBe(ROWS);
  });
});
