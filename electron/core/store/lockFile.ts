import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { compareBoots, currentBoot, processStart } from './processIdentity';

export const LOCK_FILE = 'twinning-desk.lock';

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** The boot the owner ran in; absent in locks written before it was recorded. */
  boot?: string;
  /** The owner's start time (see processStart); absent where the system does not say. */
  started?: string;
}

/**
 * What a lock that is not ours means. `held`: its process runs now, on this machine (proven
 * by boot and start time). `uncertain`: a process with its PID runs, but the lock predates
 * boot and start records, or its boot time is near ours without matching, so it may be a
 * stranger. `otherMachine`: cannot be checked from here.
 */
export type LockHold = 'held' | 'uncertain' | 'otherMachine';

export class StoreLockedError extends Error {
  constructor(
    readonly owner: LockOwner | null,
    readonly hold: LockHold = 'held',
  ) {
    super(
      owner
        ? `The data folder is in use by process ${owner.pid} on ${owner.host} since ${owner.since}`
        : 'The data folder is in use by another process',
    );
  }
}

export interface Lock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'pid' in parsed && typeof parsed.pid === 'number') {
      return parsed as LockOwner;
    }
  } catch {
    // An unreadable lock file is treated as stale below.
  }
  return null;
}

/**
 * Null when the lock is provably stale (its owner cannot be running), else how it is held.
 * `boot` is the boot we run in (see currentBoot); tests pass others.
 */
export function judgeLock(owner: LockOwner | null, boot: string = currentBoot()): LockHold | null {
  if (owner === null) return null;
  if (owner.host !== hostname()) return 'otherMachine';
  if (!isAlive(owner.pid)) return null;
  // A crash before a reboot leaves a PID that the new boot may have given to anyone. Outside
  // Linux the boot is a boot time read from the clock: a near one may be this very boot.
  const sameBoot = owner.boot === undefined ? null : compareBoots(owner.boot, boot);
  if (sameBoot === 'different') return null;
  const started = processStart(owner.pid);
  if (owner.started !== undefined && started !== null && started !== owner.started) return null;
  if (sameBoot === null || sameBoot === 'near') return 'uncertain';
  return 'held';
}

export interface AcquireOptions {
  /** Take over a lock the secretary was shown: removed only if it is still that very lock. */
  takeOver?: LockOwner;
}

const sameOwner = (a: LockOwner | null, b: LockOwner) =>
  a !== null && a.pid === b.pid && a.host === b.host && a.since === b.since;

/**
 * One writer per data folder: the single-instance lock guards one machine's app, this
 * guards a folder on a USB stick or a network share opened by the app and browser mode.
 */
export async function acquireLock(
  dataDir: string,
  now: () => Date,
  options: AcquireOptions = {},
): Promise<Lock> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      const owner: LockOwner = {
        pid: process.pid,
        host: hostname(),
        since: now().toISOString(),
        boot: currentBoot(),
        ...(processStart(process.pid) !== null ? { started: processStart(process.pid) as string } : {}),
      };
      try {
        await handle.writeFile(JSON.stringify(owner));
        await handle.sync();
      } catch (error) {
        // A full disk leaves an empty lock file: remove it rather than lock out the next start.
        await handle.close().catch(() => undefined);
        await rm(path, { force: true }).catch(() => undefined);
        throw error;
      }
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readOwner(path);
      const hold = judgeLock(owner);
      const agreed = options.takeOver !== undefined && sameOwner(owner, options.takeOver) && hold !== 'held';
      if ((hold !== null && !agreed) || attempt > 0) throw new StoreLockedError(owner, hold ?? 'held');
      await rm(path, { force: true });
    }
  }
  throw new StoreLockedError(null);
}
