import type { SyncStatus } from '../../../shared/domain/sync';
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
}

export const newSession = (): SyncSession => ({
  running: null,
  lastSyncedAt: null,
  error: null,
  wanted: false,
});

export function stopReplication(session: SyncSession): void {
  session.running?.handle.cancel();
  session.running = null;
}
