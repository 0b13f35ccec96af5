import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, backupDir } from '../../electron/core/store/backups';
import { openStore } from '../../electron/core/store/openStore';
import { parseStoreText } from '../../electron/core/store/readStoreFile';
import { CURRENT_SCHEMA_VERSION, StorageV8 } from '../../electron/core/store/schema';
import { removeDir, tempDataDir } from './helpers/backend';

const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'stores');
const fixtures = (await readdir(fixturesDir))
  .map((name) => ({ name, version: Number(/^v(\d+)\.json$/.exec(name)?.[1]) }))
  .filter((f) => Number.isInteger(f.version))
  .sort((a, b) => a.version - b.version);

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe('store fixtures of every schema version', () => {
  it('include one for each version from 1 to the current one', () => {
    expect(fixtures.map((f) => f.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(fixtures)(
    '$name opens and is migrated to the current version, with a snapshot of the original first',
    async ({ name, version }) => {
      const dir = await tempDataDir('twinning-migrate-');
      dirs.push(dir);
      const original = await readFile(join(fixturesDir, name), 'utf8');
      await copyFile(join(fixturesDir, name), join(dir, 'store.json'));

      const opened = await openStore(dir, () => new Date('2026-11-20T09:00:00.000Z'));
      if (opened.kind !== 'ready')
        throw new Error(`${name}: ${opened.problem.code} ${opened.problem.detail}`);
      expect(opened.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(StorageV8.safeParse(opened.data).success).toBe(true);

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
