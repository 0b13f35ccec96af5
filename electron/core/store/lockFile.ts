import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'twinning-desk.lock';

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export class StoreLockedError extends Error {
  constructor(readonly owner: LockOwner | null) {
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
 * One writer per data folder: the single-instance lock guards one machine's app, this
 * guards a folder on a USB stick or a network share opened by the app and browser mode.
 */
export async function acquireLock(dataDir: string, now: () => Date): Promise<Lock> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      const owner: LockOwner = { pid: process.pid, host: hostname(), since: now().toISOString() };
      await handle.writeFile(JSON.stringify(owner));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readOwner(path);
      const stale = owner === null || (owner.host === hostname() && !isAlive(owner.pid));
      if (!stale || attempt > 0) throw new StoreLockedError(owner);
      await rm(path, { force: true });
    }
  }
  throw new StoreLockedError(null);
}
