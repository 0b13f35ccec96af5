import type { SyncStatus, SyncTestResult } from '../../../shared/domain/sync';
import type { SyncHandle } from './pouch';

/** The replication running now, and what it last said of itself. */
export interface Running {
  handle: SyncHandle;
  state: SyncStatus['state'];
  /** The mirror's update sequence when the server was last up to date (what came after is pending). */
  pushedSeq: number | null;
}

/**
 * What sync knows for this session, shared by the replication loop, the status and the
 * service: one object, so each part reads the others' latest word.
 */
export interface SyncSession {
  running: Running | null;
  lastSyncedAt: string | null;
  error: SyncStatus['error'];
  /** Whether she left sync on (so it starts again with the app). */
  wanted: boolean;
  /**
   * The server address (without a trailing slash) that answered since it was set, or null: an
   * address that never answered is a wrong address until it does, not a server offline for now.
   */
  reachedUrl: string | null;
}

export const newSession = (): SyncSession => ({
  running: null,
  lastSyncedAt: null,
  error: null,
  wanted: false,
  reachedUrl: null,
});

/** A server address as it is compared: the same with or without a trailing slash. */
export const serverAddress = (url: string): string => url.replace(/\/+$/, '');

export function stopReplication(session: SyncSession): void {
  session.running?.handle.cancel();
  session.running = null;
}

/**
 * Notes that the server answered (a refusal is an answer too: wrong password, no access, no
 * database). Only "nothing answers" leaves an address that never answered unreached.
 * Returns whether this changed what the session knows (so the state file is written).
 */
export function noteAnswer(session: SyncSession, url: string, tested: SyncTestResult): boolean {
  const answered = tested.ok || ['unauthorised', 'forbidden', 'no_database'].includes(tested.reason);
  const address = serverAddress(url);
  if (!answered || session.reachedUrl === address) return false;
  session.reachedUrl = address;
  return true;
}
