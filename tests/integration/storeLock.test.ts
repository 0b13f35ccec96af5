import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/core/store/lockFile';
import { currentBoot, processStart } from '../../electron/core/store/processIdentity';
import {
  call,
  listDir,
  manualTimers,
  must,
  openBackend,
  openBackendWith,
  removeDir,
  tempDataDir,
} from './helpers/backend';

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
    // Its periodic backup is held back: folding the journal into store.json is the first one's write.
    const first = await openBackendWith(dir, { timers: manualTimers().timers });
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

  it('takes over a lock from before a reboot even though its PID now belongs to a running program', async () => {
    // Our own PID stands for "some program that runs now"; the lock says an earlier boot wrote it.
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        since: '2025-01-01T00:00:00.000Z',
        boot: 'an-earlier-boot',
      }),
    );
    const backend = await openBackend(dir);
    expect(await must(backend, 'app:status', {})).toMatchObject({ state: 'ready', problem: null });
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ boot: currentBoot() });
    await backend.close();
  });

  it('takes over a lock whose PID was reused in this boot by a program that started later', async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        since: '2025-01-01T00:00:00.000Z',
        boot: currentBoot(),
        started: '1',
      }),
    );
    const backend = await openBackend(dir);
    expect((await must(backend, 'app:status', {})).state).toBe('ready');
    await backend.close();
  });

  it('offers to take over an old-style lock whose PID runs, and takes it only when asked', async () => {
    const legacy = { pid: process.pid, host: hostname(), since: '2025-01-01T00:00:00.000Z' };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(legacy));
    const backend = await openBackend(dir);
    expect(await must(backend, 'app:status', {})).toMatchObject({
      state: 'recovery',
      problem: { code: 'LOCKED', lock: { ...legacy, hold: 'uncertain' } },
    });
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(JSON.stringify(legacy));
    expect(await must(backend, 'store:takeOverLock', {})).toMatchObject({ state: 'ready', problem: null });
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ boot: currentBoot() });
    await must(backend, 'committee:save', {
      name: 'Comité',
      legalForm: 'association',
      address: '',
      email: '',
      registrationNumber: '',
    });
    await backend.close();
    expect(await listDir(dir)).not.toContain(LOCK_FILE);
  });

  it("lets another computer's lock be taken over when the secretary says that computer is done", async () => {
    const elsewhere = {
      pid: 4242,
      host: `${hostname()}-laptop`,
      since: '2025-01-01T00:00:00.000Z',
      boot: 'x',
    };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(elsewhere));
    const backend = await openBackend(dir);
    expect((await must(backend, 'app:status', {})).problem?.lock?.hold).toBe('otherMachine');
    expect((await must(backend, 'store:takeOverLock', {})).state).toBe('ready');
    await backend.close();
  });

  it('never takes over a lock whose process provably runs here, and says so', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const pid = child.pid as number;
      const started = processStart(pid);
      await writeFile(
        join(dir, LOCK_FILE),
        JSON.stringify({
          pid,
          host: hostname(),
          since: '2025-01-01T00:00:00.000Z',
          boot: currentBoot(),
          ...(started ? { started } : {}),
        }),
      );
      const backend = await openBackend(dir);
      expect((await must(backend, 'app:status', {})).problem?.lock).toMatchObject({ pid, hold: 'held' });
      expect(await call(backend, 'store:takeOverLock', {})).toMatchObject({
        ok: false,
        error: { code: 'STORE_UNAVAILABLE' },
      });
      expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toContain(`"pid":${pid}`);
      await backend.close();
    } finally {
      child.kill();
    }
  });

  it('refuses a take-over when no lock was in the way', async () => {
    const backend = await openBackend(dir);
    expect(await call(backend, 'store:takeOverLock', {})).toMatchObject({ ok: false });
    await backend.close();
  });
});

describe('a data folder on a full disk at start-up (64 KiB tmpfs)', () => {
  it('opens read-only with the records readable and leaves no empty lock behind', async (ctx) => {
    const root = await tempDataDir();
    const disk = join(root, 'disk');
    await mkdir(disk);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', disk], { stdio: 'pipe' });
    } catch (error) {
      console.log(
        `skipped: mounting a tmpfs is not permitted here (${(error as Error).message.split('\n')[0]})`,
      );
      await removeDir(root);
      return ctx.skip();
    }
    try {
      const dataDir = join(disk, 'data');
      const first = await openBackend(dataDir);
      await must(first, 'committee:save', {
        name: 'Comité plein',
        legalForm: 'association',
        address: '',
        email: '',
        registrationNumber: '',
      });
      await first.close();
      for (let i = 0, size = 4096; size >= 1; i++) {
        try {
          await writeFile(join(disk, `filler-${i}`), Buffer.alloc(size, 1));
        } catch {
          size = Math.floor(size / 2);
        }
      }
      const backend = await openBackend(dataDir);
      expect(await must(backend, 'app:status', {})).toMatchObject({
        state: 'ready',
        readOnly: true,
        readOnlyReason: 'diskFull',
      });
      expect(await must(backend, 'committee:get', {})).toMatchObject({ committee: { name: 'Comité plein' } });
      await backend.close();
      expect(await listDir(dataDir)).not.toContain(LOCK_FILE);
    } finally {
      execFileSync('umount', [disk]);
      await removeDir(root);
    }
  });
});
