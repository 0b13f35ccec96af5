import { readFile } from 'node:fs/promises';
import { AppFailure } from '../../../shared/ipc/errors';
import { snapshotStoreFile, writeSnapshot, type SnapshotReason } from '../store/backups';
import type { Journal } from '../store/journal';
import { STORE_FILE, writeFreshStore } from '../store/openStore';
import type { StoreData } from '../store/schema';
import type { Store } from '../store/store';
import { toWriteFailure } from '../store/writeErrors';
import type { StoreState } from '../context';
import type { OneAtATime } from '../oneAtATime';
import { join } from 'node:path';

/** What restore and import need to take a snapshot and put new data in place. */
export interface StoreHost {
  state: StoreState;
  dataDir: string;
  now(): Date;
  makeStore(data: StoreData, journal: Journal): Store;
  /** Tells listeners (the renderer) that everything changed. */
  announce(data: StoreData): void;
  /** Where periodic snapshots and erasures wait their turn (see oneAtATime). */
  copies: OneAtATime;
}

function refuseWithoutLock(host: StoreHost): void {
  if (host.state.problem?.code === 'LOCKED') {
    throw new AppFailure('STORE_UNAVAILABLE', 'Another process owns the data folder');
  }
}

/**
 * Keeps what is there now as a snapshot, so the next step can be undone: the open
 * store's data, or in the recovery state the bytes of a store file still in place
 * (a file from a newer version, say). Returns the snapshot's path, or null if there
 * was nothing to keep.
 */
export async function snapshotCurrent(host: StoreHost, reason: SnapshotReason): Promise<string | null> {
  refuseWithoutLock(host);
  const store = host.state.store;
  try {
    if (store) {
      // store.json holds every acknowledged change once the journal is folded in.
      await store.flushAndCompact();
      return await snapshotStoreFile(host.dataDir, store.path, reason, host.now());
    }
  } catch (error) {
    // A store never written yet (its first write failed) holds nothing to keep.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw toWriteFailure(error);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(join(host.dataDir, STORE_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppFailure('PERMISSION_DENIED', 'The current data file cannot be read, so it cannot be kept');
  }
  try {
    return await writeSnapshot(host.dataDir, bytes, reason, host.now());
  } catch (error) {
    throw toWriteFailure(error);
  }
}

/** Writes already validated data as the store and opens it; the caller snapshotted first. */
export async function replaceStore(host: StoreHost, data: StoreData): Promise<StoreData> {
  refuseWithoutLock(host);
  const previous = host.state.store;
  // Revisions keep rising across a restore so listeners never mistake it for an old state.
  const next: StoreData = { ...data, revision: Math.max(data.revision, (previous?.data.revision ?? 0) + 1) };
  // The old store lets its journal go (folded into store.json, which is then replaced).
  await previous?.close();
  let journal: Journal;
  try {
    journal = await writeFreshStore(host.dataDir, next);
  } catch (error) {
    throw toWriteFailure(error);
  }
  host.state.store = host.makeStore(next, journal);
  host.state.problem = null;
  host.announce(next);
  return next;
}
