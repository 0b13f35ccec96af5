import type { SyncStatus } from '../../../shared/domain/sync';

type Failure = NonNullable<SyncStatus['error']>;

/** PouchDB's replication errors, in the reasons the window translates. */
export function replicationFailure(error: unknown): Failure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: number;
    name?: string;
    message?: string;
    reason?: string;
  };
  const detail = e.reason ?? e.message ?? String(error);
  if (e.status === 401 || e.name === 'unauthorized') return { reason: 'unauthorised', detail };
  if (e.status === 403 || e.name === 'forbidden') return { reason: 'forbidden', detail };
  if (e.status === 404) return { reason: 'no_database', detail };
  if (e.status === undefined || e.status === 0 || e.status >= 500) return { reason: 'unreachable', detail };
  return { reason: 'failed', detail };
}
