import type { SyncStatus } from '../../../shared/domain/sync';
import { parseDocId } from './docs';
import type { Mirror } from './mirror';
import type { SyncSession } from './session';
import { allConflicts } from './syncConflicts';

/** Not running: off, stopped by an error, or never started because the address never answered. */
function stoppedState(error: SyncSession['error']): SyncStatus['state'] {
  if (!error) return 'off';
  return error.reason === 'never_reached' ? 'unreached' : 'error';
}

/**
 * How sync goes, for the window: the state, when it was last up to date, how many local changes
 * are not sent yet (counted in the mirror since the server was last up to date), the conflicts
 * and the documents this version cannot read.
 */
export async function syncStatus(
  session: SyncSession,
  mirror: Mirror | null,
  configured: boolean,
): Promise<SyncStatus> {
  let pending: number | null = null;
  let conflicts = 0;
  if (mirror && session.running) {
    await mirror.idle();
    const since = session.running?.pushedSeq ?? 0;
    const { results } = await mirror.db.changes({ since });
    pending = results.filter((c) => parseDocId(c.id)).length;
  }
  if (mirror) conflicts = (await allConflicts(mirror)).length;
  return {
    configured,
    state: session.running ? session.running.state : stoppedState(session.error),
    lastSyncedAt: session.lastSyncedAt,
    pending,
    conflicts,
    unreadable: mirror?.rejected.size ?? 0,
    error: session.error,
  };
}
