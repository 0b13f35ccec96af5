import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, backupDir } from '../../electron/core/store/backups';
import { openStore } from '../../electron/core/store/openStore';
import { parseStoreText } from '../../electron/core/store/readStoreFile';
import { CURRENT_SCHEMA_VERSION, StorageV7 } from '../../electron/core/store/schema';
import { removeDir, tempDir } from './backups/tempBackend';

const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'stores');
const fixtures = (await readdir(fixturesDir))
  .map((name) => ({ name, version: Number(/^v(\d+)\.json$/.exec(name)?.[1]) }))
  .filter((f) => Number.isInteger(f.version))
  .sort((a, b) => a.version - b.version);
// Version 6 (the attachment store) kept version 5's shape; its fixture is written by the
// branch that owns migration 0006. Until then a v6 file is the v5 fixture marked 6.
const V6_FROM_V5 = 6;
const v5Text = await readFile(join(fixturesDir, 'v5.json'), 'utf8');
const v6Text = JSON.stringify({ ...JSON.parse(v5Text), schemaVersion: V6_FROM_V5 }, null, 2);

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe('store fixtures of every schema version', () => {
  it('include one for each version from 1 to the current one', () => {
    expect([...fixtures.map((f) => f.version), V6_FROM_V5].sort((a, b) => a - b)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it.each([...fixtures, { name: 'v6 (v5.json marked 6)', version: V6_FROM_V5 }])(
    '$name opens and is migrated to the current version, with a snapshot of the original first',
    async ({ name, version }) => {
      const dir = await tempDir('twinning-migrate-');
      dirs.push(dir);
      if (version === V6_FROM_V5) await writeFile(join(dir, 'store.json'), v6Text);
      else await copyFile(join(fixturesDir, name), join(dir, 'store.json'));
      const original = await readFile(join(dir, 'store.json'), 'utf8');

      const opened = await openStore(dir, () => new Date('2026-11-20T09:00:00.000Z'));
      if (opened.kind !== 'ready')
        throw new Error(`${name}: ${opened.problem.code} ${opened.problem.detail}`);
      expect(opened.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(StorageV7.safeParse(opened.data).success).toBe(true);

      const onDisk = await readFile(join(dir, 'store.json'), 'utf8');
      const snapshots = (await listBackups(dir)).filter((b) => b.reason === 'migration');
      if (version < CURRENT_SCHEMA_VERSION) {
        expect(snapshots).toHaveLength(1);
        expect(await readFile(join(backupDir(dir), snapshots[0]!.id), 'utf8')).toBe(original);
        const reread = parseStoreText(onDisk);
        expect(reread.kind === 'ok' && reread.migratedFrom === null).toBe(true);
      } else {
        expect(snapshots).toHaveLength(0);
        expect(onDisk).toBe(original);
      }
    },
  );
});
