import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backupDir, fileStamp } from '../../../electron/core/store/backups';
import { parseStoreText } from '../../../electron/core/store/readStoreFile';
import {
  manualTimers,
  member,
  must,
  openBackendWith,
  removeDir,
  steppingClock,
  tempDataDir,
} from '../helpers/backend';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe('backups written durably', () => {
  it('makes a manual backup a byte-for-byte copy of the store file just saved', async () => {
    const dir = await tempDataDir();
    dirs.push(dir);
    const backend = await openBackendWith(dir);
    await must(backend, 'member:save', member('Ana Popescu', 'ana@example.org'));
    const created = await must(backend, 'backup:create', {});
    const copy = await readFile(join(backupDir(dir), created.id));
    expect(copy.equals(await readFile(join(dir, 'store.json')))).toBe(true);
    await backend.close();
  });

  it('keeps the newest three backups that can be restored when newer ones are damaged', async () => {
    const dir = await tempDataDir();
    dirs.push(dir);
    const clock = steppingClock('2026-11-20T09:00:00.000Z');
    const timers = manualTimers();
    const backend = await openBackendWith(dir, { now: clock.now, timers: timers.timers });
    await must(backend, 'member:save', member('Ana'));
    const good = await readFile(join(dir, 'store.json'), 'utf8');
    await mkdir(backupDir(dir), { recursive: true });
    const old = (days: number, reason: string) =>
      `store-${fileStamp(new Date(Date.parse('2026-11-20T09:00:00.000Z') - days * 86_400_000))}-${reason}.json`;
    // Three truncated files newer than three good ones, all older than the 30 days kept daily.
    for (const days of [40, 41, 42])
      await writeFile(join(backupDir(dir), old(days, 'manual')), good.slice(0, 40));
    for (const days of [50, 51, 52, 53]) await writeFile(join(backupDir(dir), old(days, 'manual')), good);

    await must(backend, 'member:save', member('Ion'));
    timers.runAll();
    await new Promise((r) => setTimeout(r, 50));
    await backend.close();

    // The newest three that restore: today's periodic snapshot and the good ones of 50 and 51 days ago.
    const left = (await readdir(backupDir(dir))).sort();
    expect(left.filter((n) => n.endsWith('-periodic.json'))).toHaveLength(1);
    expect(left.filter((n) => n.endsWith('-manual.json'))).toEqual([old(51, 'manual'), old(50, 'manual')]);
  });
});

describe('a backup on a full disk (64 KiB tmpfs)', () => {
  let root = '';
  let mountPoint = '';
  let mounted = false;
  beforeAll(async () => {
    root = await tempDataDir('twinning-tmpfs-');
    mountPoint = join(root, 'disk');
    await mkdir(mountPoint);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', mountPoint], {
        stdio: 'pipe',
      });
      mounted = true;
    } catch {
      mounted = false;
    }
  });
  afterAll(async () => {
    if (mounted) execFileSync('umount', [mountPoint]);
    await removeDir(root);
  });

  it('fails with DISK_FULL and leaves no file under a backup name that cannot be restored', async (ctx) => {
    if (!mounted) ctx.skip();
    const dataDir = join(mountPoint, 'data');
    const backend = await openBackendWith(dataDir);
    for (let i = 0; i < 40; i++) await must(backend, 'member:save', member(`Member ${i} ${'x'.repeat(100)}`));
    for (let i = 0; ; i++) {
      try {
        await writeFile(join(mountPoint, `filler-${i}`), Buffer.alloc(4096, 1));
      } catch {
        break;
      }
    }
    const result = await backend.dispatch('backup:create', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('DISK_FULL');
    const names = await readdir(backupDir(dataDir)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.startsWith('store-'))) {
      expect(parseStoreText(await readFile(join(backupDir(dataDir), name), 'utf8')).kind).toBe('ok');
    }
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await backend.close();
  });
});
