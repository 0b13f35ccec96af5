import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SyncConfig } from '../../../shared/domain/sync';
import { writeFileDurable } from '../store/durableFile';
import type { ChangeSet } from '../store/records';
import { databaseUrl, type Credentials } from './connection';
import { couchJson } from './couchHttp';
import { docId, isSynced } from './docs';
import type { Mirror } from './mirror';

/**
 * After an erasure, the server must not keep the person either. Replication carries the
 * erasure as deletions (content-free tombstones) and edits (a charter without the signatory),
 * but CouchDB keeps the older revisions' bodies until the database is compacted, and a version
 * in conflict is a leaf that compaction keeps. So once the erasure has reached the server:
 *
 * 1. `_purge` the leaves that still hold data: every live leaf of a removed record, every
 *    losing live leaf of an edited one. The tombstone stays, so every other laptop still
 *    learns of the erasure (a purge does not replicate: purging the tombstone too would leave
 *    a laptop that has not synced yet with the person, and it would send them back);
 * 2. `_compact` the database, which drops the bodies of every older revision.
 *
 * Both take a database admin in CouchDB. Where the member is not one, the documents wait in
 * `<data>/sync/purge.json` (ids only, never a name), the Sync screen lists them, and
 * docs/sync-server.md gives whoever runs the server the two requests. The local mirror is
 * compacted too (its file keeps leaves only in any case).
 */
const PurgeFile = z.object({
  version: z.literal(1),
  waiting: z.array(z.object({ id: z.string(), removed: z.boolean() })),
});
type Waiting = z.infer<typeof PurgeFile>['waiting'][number];

export interface ErasureCleanup {
  /** Runs an erasure and notes every synced record its commits removed or changed. */
  erasing<T>(run: () => Promise<T>): Promise<T>;
  /** Every commit, while an erasure runs. */
  saw(changes: ChangeSet): void;
  /** The documents whose old versions the server may still hold. */
  waiting(): Promise<string[]>;
  /** Replication is up to date: clean up what waits, where the server lets this member. */
  tryNow(): Promise<void>;
}

export interface CleanupOptions {
  folder: string;
  mirror: () => Mirror | null;
  /** The server and the member's credentials, or null while sync is not set up. */
  target: () => Promise<{ config: SyncConfig; auth: Credentials | null } | null>;
  log: { error(message: string, error?: unknown): void };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The leaves of one document on the server: `{ rev, deleted }`, from `open_revs=all`. */
async function leavesOnServer(db: string, id: string, auth: Credentials | null) {
  const answer = await couchJson('GET', `${db}/${encodeURIComponent(id)}?open_revs=all`, auth);
  if (answer.status === 404) return [];
  if (answer.status !== 200 || !Array.isArray(answer.body)) throw new Error(`HTTP ${answer.status}`);
  return answer.body.flatMap((entry: unknown) => {
    const doc = isObject(entry) ? entry.ok : undefined;
    return isObject(doc) && typeof doc._rev === 'string'
      ? [{ rev: doc._rev, deleted: doc._deleted === true }]
      : [];
  });
}

/** The CouchDB winner among leaves: live before deleted, then the longest, then the greatest revision. */
function winner(leaves: { rev: string; deleted: boolean }[]): string | null {
  const order = [...leaves].sort((a, b) => {
    if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
    const [na, ha] = [Number.parseInt(a.rev, 10), a.rev.slice(a.rev.indexOf('-') + 1)];
    const [nb, hb] = [Number.parseInt(b.rev, 10), b.rev.slice(b.rev.indexOf('-') + 1)];
    return na !== nb ? nb - na : hb < ha ? -1 : hb > ha ? 1 : 0;
  });
  return order[0]?.rev ?? null;
}

/**
 * The purge and the compaction on the server, as described above. Resolves with the ids done;
 * an id is left waiting when its erasure has not reached the server yet or the server refuses.
 */
export async function cleanUpOnServer(
  config: SyncConfig,
  auth: Credentials | null,
  waiting: readonly Waiting[],
  localWinners: ReadonlyMap<string, string>,
): Promise<{ done: string[]; refused: boolean }> {
  const db = databaseUrl(config);
  const reached: Waiting[] = [];
  const purge: Record<string, string[]> = {};
  for (const entry of waiting) {
    const leaves = await leavesOnServer(db, entry.id, auth);
    const local = localWinners.get(entry.id);
    // Not there yet (still to be pushed): wait for the next round.
    if (local && !leaves.some((l) => l.rev === local)) continue;
    reached.push(entry);
    const top = winner(leaves);
    const live = leaves.filter((l) => !l.deleted && (entry.removed || l.rev !== top)).map((l) => l.rev);
    if (live.length > 0) purge[entry.id] = live;
  }
  if (reached.length === 0) return { done: [], refused: false };
  if (Object.keys(purge).length > 0) {
    const purged = await couchJson('POST', `${db}/_purge`, auth, purge);
    if (purged.status === 401 || purged.status === 403) return { done: [], refused: true };
    if (purged.status >= 300) throw new Error(`_purge answered HTTP ${purged.status}`);
  }
  const compacted = await couchJson('POST', `${db}/_compact`, auth, {});
  if (compacted.status === 401 || compacted.status === 403) return { done: [], refused: true };
  if (compacted.status >= 300) throw new Error(`_compact answered HTTP ${compacted.status}`);
  return { done: reached.map((e) => e.id), refused: false };
}

export function erasureCleanup(options: CleanupOptions): ErasureCleanup {
  const file = join(options.folder, 'purge.json');
  let capturing = 0;
  const seen = new Map<string, boolean>();
  let running: Promise<void> | null = null;
  let again = false;

  const read = async (): Promise<Waiting[]> => {
    try {
      const parsed = PurgeFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? parsed.data.waiting : [];
    } catch {
      return [];
    }
  };
  const write = async (waiting: Waiting[]) => {
    await mkdir(options.folder, { recursive: true });
    await writeFileDurable(file, JSON.stringify({ version: 1, waiting }));
  };

  const round = async () => {
    const waiting = await read();
    const mirror = options.mirror();
    const target = await options.target();
    if (waiting.length === 0 || !mirror || !target) return;
    await mirror.idle();
    const { rows } = await mirror.db.allDocs({ keys: waiting.map((w) => w.id) });
    const winners = new Map(rows.filter((r) => r.value).map((r) => [r.id, r.value.rev]));
    const { done } = await cleanUpOnServer(target.config, target.auth, waiting, winners);
    if (done.length === 0) return;
    const left = (await read()).filter((w) => !done.includes(w.id));
    await write(left);
  };

  const cleanup: ErasureCleanup = {
    async erasing(run) {
      capturing += 1;
      try {
        return await run();
      } finally {
        capturing -= 1;
        if (capturing === 0 && seen.size > 0) {
          const before = await read();
          const merged = new Map(before.map((w) => [w.id, w.removed]));
          for (const [id, removed] of seen) merged.set(id, (merged.get(id) ?? false) || removed);
          seen.clear();
          await write([...merged].map(([id, removed]) => ({ id, removed }))).catch((e: unknown) =>
            options.log.error('Noting the erased records for the server failed', e),
          );
          const mirror = options.mirror();
          if (mirror) {
            await mirror.idle();
            await mirror.db
              .compact()
              .catch((e: unknown) => options.log.error('Compacting the mirror failed', e));
          }
          // Replication may have caught up before the list was written: try now as well.
          void cleanup.tryNow();
        }
      }
    },
    saw(changes) {
      if (capturing === 0) return;
      for (const change of changes) {
        if (!isSynced(change.collection)) continue;
        const id = docId(change.collection, change.id);
        seen.set(id, (seen.get(id) ?? false) || change.op === 'remove');
      }
    },
    async waiting() {
      return (await read()).map((w) => w.id);
    },
    tryNow() {
      // Asked again while a round runs (an erasure noted meanwhile): one more round after it.
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await round();
        } while (again);
      })()
        .catch((e: unknown) => options.log.error('Cleaning the erased records on the server failed', e))
        .finally(() => {
          running = null;
        });
      return running;
    },
  };
  return cleanup;
}
