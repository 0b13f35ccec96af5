import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store/openStore';
import { member, municipality, must, openBackendWith, removeDir, tempDataDir } from '../helpers/backend';

let root: string;
let mountPoint: string;
let mounted = false;
let skipReason = '';

beforeAll(async () => {
  root = await tempDataDir('twinning-tmpfs-');
  mountPoint = join(root, 'disk');
  await mkdir(mountPoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', mountPoint], {
      stdio: 'pipe',
    });
    mounted = true;
  } catch (error) {
    skipReason = `mounting a 64 KiB tmpfs is not permitted here (${(error as Error).message.split('\n')[0]})`;
  }
});
afterAll(async () => {
  if (mounted) execFileSync('umount', [mountPoint]);
  await removeDir(root);
});

/** Fills the disk until a write fails, leaving only a few hundred bytes free. */
async function fillDisk(dir: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await writeFile(join(dir, `filler-${i}`), Buffer.alloc(4096, 1));
    } catch {
      break;
    }
  }
}

describe('a real full disk (64 KiB tmpfs)', () => {
  it('refuses a change with DISK_FULL, keeps the last saved state and saves once space is freed', async (ctx) => {
    if (!mounted) {
      console.log(`skipped: ${skipReason}`);
      ctx.skip();
    }
    const dataDir = join(mountPoint, 'data');
    const spare = join(mountPoint, 'spare');
    await mkdir(spare);
    let backend = await openBackendWith(dataDir);
    await must(backend, 'municipality:save', municipality('Before'));
    await fillDisk(spare);

    const longName = 'x'.repeat(120);
    let error = null;
    for (let i = 0; i < 50 && error === null; i++) {
      const result = await backend.dispatch('member:save', member(`${longName}${i}`.slice(0, 120)));
      if (!result.ok) error = result.error;
    }
    expect(error?.code).toBe('DISK_FULL');
    const inMemory = await must(backend, 'committee:get', {});
    // On disk is store.json with the journal replayed onto it, as the next start reads it.
    const onDisk = await openStore(dataDir, () => new Date(), { readOnly: true });
    if (onDisk.kind !== 'ready') throw new Error(onDisk.problem.detail);
    expect(onDisk.data.members).toHaveLength(inMemory.members.length);
    expect((await readdir(dataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    await removeDir(spare);
    await must(backend, 'member:save', member('After the cleanup'));
    await backend.close();
    backend = await openBackendWith(dataDir);
    const reopened = await must(backend, 'committee:get', {});
    expect(reopened.municipality?.name).toBe('Before');
    expect(reopened.members.at(-1)?.name).toBe('After the cleanup');
    expect(reopened.members).toHaveLength(inMemory.members.length + 1);
    await backend.close();
  });

  it('keeps every acknowledged change in the journal when the disk fills up during compaction', async (ctx) => {
    if (!mounted) {
      console.log(`skipped: ${skipReason}`);
      ctx.skip();
    }
    const dataDir = join(mountPoint, 'compact');
    const spare = join(mountPoint, 'spare-compact');
    await mkdir(spare);
    const errors: unknown[] = [];
    let backend = await openBackendWith(dataDir, { log: { error: (_m, e) => void errors.push(e) } });
    await must(backend, 'municipality:save', municipality('Kept'));
    const saved: string[] = [];
    for (let i = 0; i < 8; i++) {
      const name = `Member ${i} ${'y'.repeat(100)}`;
      if ((await backend.dispatch('member:save', member(name))).ok) saved.push(name);
    }
    await fillDisk(spare);
    // Closing folds the journal into store.json: a whole new copy, which no longer fits.
    await backend.close();
    expect(errors.length).toBeGreaterThan(0);
    expect((await readdir(dataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await removeDir(spare);
    backend = await openBackendWith(dataDir);
    const reopened = await must(backend, 'committee:get', {});
    expect(reopened.municipality?.name).toBe('Kept');
    expect(reopened.members.map((m) => m.name)).toEqual(saved);
    await backend.close();
  });
});
