import type { Mirror } from './mirror';
import type { PouchDatabase } from './pouch';
import { replicationFailure } from './replicationErrors';
import { pullOnly } from './access';
import type { Running, SyncSession } from './session';

export interface ReplicationOptions {
  session: SyncSession;
  local: Mirror;
  remote: PouchDatabase;
  /** Whether the server answered the connection test just now (if not, it starts offline and retries). */
  reachable: boolean;
  now: () => Date;
  /** Replication wrote or caught up: the mirror is saved soon. */
  saveSoon: () => void;
  /** The state, the error or what is pending may have changed (for the `sync:changed` event). */
  changed: () => void;
  /** A read-only member: only the server's changes come in (access.ts). */
  pullOnly?: boolean;
  /** The server refused a write (403 from its validation design document). */
  onRefused?: (error: unknown) => void;
}

/**
 * The replication loop: the mirror and the committee's database kept in step, live, retrying
 * with a back-off, its events turned into the session's state (active, idle, offline, error).
 */
export function startReplication({
  session,
  local,
  remote,
  reachable,
  now,
  saveSoon,
  changed,
  pullOnly: readOnly,
  onRefused,
}: ReplicationOptions): Running {
  // Offline for weeks is normal: retry, but no more often than once a minute.
  const back_off_function = (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000));
  const handle = readOnly
    ? pullOnly(local.db, remote, { back_off_function })
    : local.db.sync(remote, { live: true, retry: true, back_off_function });
  const run: Running = { handle, state: reachable ? 'active' : 'offline', pushedSeq: null };
  session.running = run;
  // The sync's own 'paused' drops the error; each direction's keeps it.
  const failing: { push: unknown; pull: unknown } = { push: null, pull: null };
  for (const direction of ['push', 'pull'] as const) {
    handle[direction].on('paused', (pauseError) => {
      failing[direction] = pauseError ?? null;
      if (session.running !== run || !pauseError) return;
      run.state = 'offline';
      session.error = replicationFailure(pauseError);
      changed();
    });
    handle[direction].on('active', () => {
      failing[direction] = null;
    });
  }
  handle.on('active', () => {
    if (session.running !== run) return;
    run.state = 'active';
    changed();
  });
  handle.on('paused', () => {
    if (session.running !== run) return;
    const stuck = failing.push ?? failing.pull;
    if (stuck) {
      run.state = 'offline';
      session.error = replicationFailure(stuck);
      changed();
      return;
    }
    run.state = 'idle';
    session.error = null;
    session.lastSyncedAt = now().toISOString();
    void local.db.info().then((info) => {
      run.pushedSeq = typeof info.update_seq === 'number' ? info.update_seq : Number(info.update_seq);
      changed();
    });
    saveSoon();
    changed();
  });
  handle.on('denied', (denied) => {
    session.error = { reason: 'denied', detail: replicationFailure(denied).detail };
    changed();
    onRefused?.(denied);
  });
  handle.on('error', (failure) => {
    if (session.running !== run) return;
    session.error = replicationFailure(failure);
    session.running = null;
    changed();
  });
  return run;
}
