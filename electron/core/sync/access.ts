import { EventEmitter } from 'node:events';
import type { SyncAccess, SyncConfig } from '../../../shared/domain/sync';
import { databaseUrl, type Credentials } from './connection';
import { couchJson } from './couchHttp';
import { parseDocId } from './docs';
import type { LiveReplication, PouchDatabase, SyncHandle } from './pouch';

const getJson = (url: string, auth: Credentials | null) => couchJson('GET', url, auth);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * What the server lets this member do, asked before the first push so a read-only member is
 * shown as one at once: CouchDB's `_session` names the user's roles, the database's
 * `_security` its admins, and the committee design document (resources/couchdb) says writing
 * takes the role `<database>:edit`. Without that design document every member may write.
 * Null when the server does not say (then a refused push tells, see replication).
 */
export async function detectAccess(config: SyncConfig, auth: Credentials | null): Promise<SyncAccess | null> {
  try {
    const base = config.url.replace(/\/+$/, '');
    const db = databaseUrl(config);
    const session = await getJson(`${base}/_session`, auth);
    const ctx = field(session.body, 'userCtx');
    const name = field(ctx, 'name');
    const roles = strings(field(ctx, 'roles'));
    if (session.status !== 200) return null;
    if (roles.includes('_admin')) return 'edit';
    const security = await getJson(`${db}/_security`, auth);
    if (security.status === 200) {
      const admins = field(security.body, 'admins');
      if (typeof name === 'string' && strings(field(admins, 'names')).includes(name)) return 'edit';
      if (strings(field(admins, 'roles')).some((r) => roles.includes(r))) return 'edit';
    }
    const design = await getJson(`${db}/_design/twinning`, auth);
    if (design.status === 404) return 'edit';
    if (design.status !== 200) return null;
    const kind = field(field(design.body, 'twinning'), 'kind');
    // In the registry a committee writes its own links: whether a write passes depends on the link.
    if (kind !== 'committee') return 'edit';
    return roles.includes(`${config.database}:edit`) ? 'edit' : 'read';
  } catch {
    return null;
  }
}

/**
 * A read-only member's replication: the server's changes come in, nothing is sent (so nothing
 * is refused again and again). Shaped as a two-way sync for the replication loop: `push` never
 * says anything, `pull` and the whole are the pull replication.
 */
export function pullOnly(
  local: PouchDatabase,
  remote: PouchDatabase,
  options: { back_off_function: (delay: number) => number },
): SyncHandle {
  return new PullOnly(local.replicate.from(remote, { live: true, retry: true, ...options }));
}

class PullOnly extends EventEmitter {
  readonly push = new EventEmitter();
  constructor(readonly pull: LiveReplication) {
    super();
  }
  // Listeners go on the pull itself, in the order given: the loop's per-direction ones first.
  override on(event: string, listener: (...args: never[]) => void): this {
    this.pull.on(event as 'error', listener as (error: unknown) => void);
    return this;
  }
  cancel(): void {
    this.pull.cancel();
  }
}

/**
 * The local changes the server does not have: for a read-only member, the edits kept on this
 * laptop. Asked with `_revs_diff`, so it counts what is really missing there, after a restart too.
 */
export async function heldBack(local: PouchDatabase, remote: PouchDatabase): Promise<string[]> {
  const { results } = await local.changes({ since: 0 });
  const diff: Record<string, string[]> = {};
  for (const change of results) {
    const rev = change.changes[0]?.rev;
    if (rev && parseDocId(change.id)) diff[change.id] = [rev];
  }
  if (Object.keys(diff).length === 0) return [];
  const missing = await remote.revsDiff(diff);
  return Object.keys(missing).sort();
}

/**
 * What this session knows of the member's rights: detected at start, or learnt from a refused
 * push. For a read-only member the pending count is what the server lacks (`heldBack`),
 * asked again only when the mirror changed.
 */
export function accessState() {
  let access: SyncAccess | null = null;
  let remote: PouchDatabase | null = null;
  let cached: { seq: number | string; ids: string[] } | null = null;
  return {
    get value(): SyncAccess | null {
      return access;
    },
    get readOnly(): boolean {
      return access === 'read';
    },
    begin(detected: SyncAccess | null, server: PouchDatabase) {
      access = detected;
      remote = server;
      cached = null;
    },
    /** The server refused a write: this member is read-only here. */
    refused() {
      access = 'read';
      cached = null;
    },
    forget() {
      access = null;
      remote = null;
      cached = null;
    },
    /** The local edits the server lacks (null if it cannot be asked now; the last count is kept). */
    async heldBack(local: PouchDatabase): Promise<string[] | null> {
      if (!remote) return null;
      const { update_seq: seq } = await local.info();
      if (cached?.seq === seq) return cached.ids;
      try {
        cached = { seq, ids: await heldBack(local, remote) };
      } catch {
        return cached?.ids ?? null;
      }
      return cached.ids;
    },
  };
}
