import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/core/store/lockFile';
import { call, listDir, must, openBackend, removeDir, tempDataDir } from './helpers/backend';

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid as number;
}

describe('the data-folder lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDataDir();
  });
  afterEach(() => removeDir(dir));

  it('gives a second backend on the same folder LOCKED, and it writes nothing', async () => {
    const first = await openBackend(dir);
    await must(first, 'committee:save', {
      name: 'Comité',
      legalForm: 'association',
      address: '',
      email: '',
      registrationNumber: '',
    });
    const before = await readFile(join(dir, 'store.json'), 'utf8');
    const second = await openBackend(dir);
    expect(await must(second, 'app:status', {})).toMatchObject({
      state: 'recovery',
      problem: { code: 'LOCKED', movedTo: null },
    });
    expect(await call(second, 'committee:get', {})).toMatchObject({
      ok: false,
      error: { code: 'STORE_UNAVAILABLE' },
    });
    expect(await call(second, 'store:startEmpty', {})).toMatchObject({
      ok: false,
      error: { code: 'STORE_UNAVAILABLE' },
    });
    await second.close();
    // Closing the refused backend must not release the first one's lock.
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toContain(`"pid":${process.pid}`);
    expect(await readFile(join(dir, 'store.json'), 'utf8')).toBe(before);
    await first.close();
  });

  it('releases the lock on close so the folder can be opened again', async () => {
    const first = await openBackend(dir);
    await first.close();
    expect(await listDir(dir)).not.toContain(LOCK_FILE);
    const again = await openBackend(dir);
    expect((await must(again, 'app:status', {})).state).toBe('ready');
    await again.close();
  });

  it('takes over a lock left by a process on this machine that no longer runs', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: deadPid(), host: hostname(), since: '2025-01-01T00:00:00.000Z' }),
    );
    const backend = await openBackend(dir);
    expect(await must(backend, 'app:status', {})).toMatchObject({ state: 'ready', problem: null });
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toContain(`"pid":${process.pid}`);
    await backend.close();
  });

  it('takes over a lock file that is not readable as a lock', async () => {
    await writeFile(join(dir, LOCK_FILE), 'half-written');
    const backend = await openBackend(dir);
    expect((await must(backend, 'app:status', {})).state).toBe('ready');
    await backend.close();
  });

  it('respects a lock held by another computer, since its process cannot be checked from here', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: deadPid(), host: `${hostname()}-laptop`, since: '2025-01-01T00:00:00.000Z' }),
    );
    const backend = await openBackend(dir);
    const status = await must(backend, 'app:status', {});
    expect(status).toMatchObject({ state: 'recovery', problem: { code: 'LOCKED' } });
    expect(status.problem?.detail).toContain(`${hostname()}-laptop`);
    await backend.close();
  });
});
