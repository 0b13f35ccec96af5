import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SyncConfig,
  type SyncConflict,
  type SyncResolve,
  type SyncSetup,
  type SyncStatus,
  type SyncTestResult,
} from '../../../shared/domain/sync';
import { AppFailure } from '../../../shared/ipc/errors';
import { writeFileDurable } from '../store/durableFile';
import type { ChangeSet, CollectionName } from '../store/records';
import type { StoreData } from '../store/schema';
import type { Store } from '../store/store';
import { databaseUrl, testConnection, type Credentials, type HostGuard } from './connection';
import { listConflicts } from './conflicts';
import { docId, parseDocId } from './docs';
import { Mirror, parseRecord } from './mirror';
import { chosenFields } from './chosenFields';
import { loadMirror, saveMirror } from './mirrorFile';
import { memoryDatabase, remoteDatabase, type SyncHandle } from './pouch';
import { replicationFailure } from './replicationErrors';
import { passwordKeeper } from './credentials';
import type { SecretStore } from './secrets';

export interface SyncOptions {
  store: () => Store;
  dataDir: string;
  now: () => Date;
  allowHost: HostGuard;
  log: { error(message: string, error?: unknown): void };
  /** The sample committee never syncs. */
  disabled?: boolean;
  /** How long the mirror waits after a change before it is saved to its file. */
  saveDelayMs?: number;
  /** The OS's secret store (desktop shell); null in browser mode, where the password stays in memory. */
  secrets?: SecretStore | null;
}

export interface SyncService {
  config(): Promise<SyncConfig | null>;
  configure(setup: SyncSetup): Promise<SyncConfig>;
  test(password?: string): Promise<SyncTestResult>;
  start(password?: string): Promise<SyncStatus>;
  stop(): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
  conflicts(): Promise<SyncConflict[]>;
  resolve(choice: SyncResolve): Promise<SyncConflict[]>;
  /**
   * Called before every commit: deleting a record that sync holds in conflict is refused, since
   * PouchDB would make the losing version the winner and the record would come back.
   */
  guard(changes: ChangeSet): void;
  /** At start-up: sync starts again if she left it on (and needs no password, or has given it). */
  resume(): Promise<void>;
  /** The store committed: the mirror takes the change (called for every commit, in order). */
  committed(after: StoreData, changes: ChangeSet): void;
  /** A restore or a hand-over replaced the data: replication stops until she starts it again. */
  replaced(): void;
  close(): Promise<void>;
}

interface Running {
  handle: SyncHandle;
  state: SyncStatus['state'];
  pushedSeq: number | null;
}

/**
 * Sync in the core: a local PouchDB mirror of the store (mirror.ts), kept in
 * `<data>/sync/mirror.json`, replicating live with the committee's CouchDB database.
 */
export function syncService(options: SyncOptions): SyncService {
  const folder = join(options.dataDir, 'sync');
  const configFile = join(folder, 'config.json');
  const mirrorFile = join(folder, 'mirror.json');
  /** In memory for the session, and with the OS's secret store where the desktop shell has one. */
  const passwords = passwordKeeper(options.secrets ?? null, options.log);
  let mirror: Mirror | null = null;
  let opening: Promise<Mirror> | null = null;
  let feedCancel: (() => void) | null = null;
  let running: Running | null = null;
  let lastSyncedAt: string | null = null;
  let error: SyncStatus['error'] = null;
  let saveTimer: NodeJS.Timeout | null = null;
  let closed = false;

  const refuseSample = () => {
    if (options.disabled) throw new AppFailure('FORBIDDEN', 'The sample committee does not sync');
  };

  const readConfig = async (): Promise<SyncConfig | null> => {
    try {
      const parsed = SyncConfig.safeParse(JSON.parse(await readFile(configFile, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };

  const credentials = async (config: SyncConfig, given?: string): Promise<Credentials | null> => {
    if (given !== undefined) await passwords.set(config, given);
    return config.user ? { username: config.user, password: (await passwords.get(config)) ?? '' } : null;
  };

  const saveSoon = () => {
    if (saveTimer || closed) return;
    saveTimer = setTimeout(() => {
      saveTimer = null;
      void save().catch((e: unknown) => options.log.error('Saving the sync mirror failed', e));
    }, options.saveDelayMs ?? 2000);
    saveTimer.unref();
  };

  const save = async () => {
    if (!mirror) return;
    await mirror.idle();
    await mkdir(folder, { recursive: true });
    await saveMirror(mirror.db, mirrorFile);
    await writeState();
  };

  /** Whether she left sync on (so it starts again with the app) and when it was last up to date. */
  let wanted = false;
  const stateFile = join(folder, 'state.json');
  const writeState = async () => {
    await mkdir(folder, { recursive: true });
    await writeFileDurable(stateFile, JSON.stringify({ lastSyncedAt, running: wanted }));
  };
  const readState = async (): Promise<{ lastSyncedAt: string | null; running: boolean }> => {
    try {
      const state = JSON.parse(await readFile(stateFile, 'utf8')) as {
        lastSyncedAt?: unknown;
        running?: unknown;
      };
      return {
        lastSyncedAt: typeof state.lastSyncedAt === 'string' ? state.lastSyncedAt : null,
        running: state.running === true,
      };
    } catch {
      return { lastSyncedAt: null, running: false };
    }
  };

  const openMirror = (): Promise<Mirror> => {
    if (mirror) return Promise.resolve(mirror);
    opening ??= (async () => {
      const db = memoryDatabase('mirror');
      await loadMirror(db, mirrorFile);
      lastSyncedAt ??= (await readState()).lastSyncedAt;
      const opened = new Mirror(db, options.store, (e) =>
        options.log.error('Sync could not apply a change', e),
      );
      const feed = db.changes({ live: true, since: 'now' });
      feed.on('change', (change) => {
        opened.changed([change.id]);
        saveSoon();
      });
      feed.on('error', (e) => options.log.error('The mirror change feed stopped', e));
      feedCancel = () => feed.cancel();
      await opened.reconcile(options.store().data);
      mirror = opened;
      return opened;
    })().finally(() => {
      opening = null;
    });
    return opening;
  };

  /** Every conflict, and the guard told of them all (replication may have brought one just now). */
  const allConflicts = async (m: Mirror): Promise<SyncConflict[]> => {
    const found = await listConflicts(m.db);
    m.conflicted.clear();
    for (const c of found) m.conflicted.add(docId(c.collection as CollectionName, c.id));
    return found;
  };

  const stopReplication = () => {
    running?.handle.cancel();
    running = null;
  };

  const status = async (): Promise<SyncStatus> => {
    const config = await readConfig();
    const configured = config !== null;
    let pending: number | null = null;
    let conflicts = 0;
    if (mirror && running) {
      await mirror.idle();
      const since = running.pushedSeq ?? 0;
      const { results } = await mirror.db.changes({ since });
      pending = results.filter((c) => parseDocId(c.id)).length;
    }
    if (mirror) conflicts = (await allConflicts(mirror)).length;
    return {
      configured,
      state: running ? running.state : error ? 'error' : 'off',
      lastSyncedAt,
      pending,
      conflicts,
      unreadable: mirror?.rejected.size ?? 0,
      password: await passwords.describe(config),
      error,
    };
  };

  const service: SyncService = {
    config: readConfig,
    async configure(setup) {
      refuseSample();
      const { password: given, ...config } = setup;
      const parsed = SyncConfig.parse(config);
      const before = await readConfig();
      await mkdir(folder, { recursive: true });
      await writeFileDurable(configFile, JSON.stringify(parsed));
      if (given !== undefined) await passwords.set(parsed, given);
      // Another server or database: what the mirror knows belongs to the old one.
      if (before && (before.url !== parsed.url || before.database !== parsed.database)) {
        stopReplication();
        lastSyncedAt = null;
      }
      return parsed;
    },
    async test(given) {
      refuseSample();
      const config = await readConfig();
      if (!config) return { ok: false, reason: 'not_configured', detail: 'No server is set up' };
      return testConnection(config, await credentials(config, given), options.allowHost);
    },
    async start(given) {
      refuseSample();
      if (running) return status();
      const config = await readConfig();
      if (!config) {
        error = { reason: 'not_configured', detail: 'No server is set up' };
        return status();
      }
      const auth = await credentials(config, given);
      const tested = await testConnection(config, auth, options.allowHost);
      const host = new URL(config.url).hostname;
      // A server that does not answer now (a laptop offline for weeks) is retried; a refusal is not.
      if (!tested.ok && (tested.reason !== 'unreachable' || !options.allowHost(host))) {
        error = { reason: tested.reason, detail: tested.detail };
        return status();
      }
      error = tested.ok ? null : { reason: tested.reason, detail: tested.detail };
      wanted = true;
      await writeState();
      const local = await openMirror();
      const remote = remoteDatabase(databaseUrl(config), auth);
      const handle = local.db.sync(remote, {
        live: true,
        retry: true,
        // Offline for weeks is normal: retry, but no more often than once a minute.
        back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
      });
      const run: Running = { handle, state: tested.ok ? 'active' : 'offline', pushedSeq: null };
      running = run;
      // The sync's own 'paused' drops the error; each direction's keeps it.
      const failing: { push: unknown; pull: unknown } = { push: null, pull: null };
      for (const direction of ['push', 'pull'] as const) {
        handle[direction].on('paused', (pauseError) => {
          failing[direction] = pauseError ?? null;
          if (running !== run || !pauseError) return;
          run.state = 'offline';
          error = replicationFailure(pauseError);
        });
        handle[direction].on('active', () => {
          failing[direction] = null;
        });
      }
      handle.on('active', () => {
        if (running === run) run.state = 'active';
      });
      handle.on('paused', () => {
        if (running !== run) return;
        const stuck = failing.push ?? failing.pull;
        if (stuck) {
          run.state = 'offline';
          error = replicationFailure(stuck);
          return;
        }
        run.state = 'idle';
        error = null;
        lastSyncedAt = options.now().toISOString();
        void local.db.info().then((info) => {
          run.pushedSeq = typeof info.update_seq === 'number' ? info.update_seq : Number(info.update_seq);
        });
        saveSoon();
      });
      handle.on('denied', (denied) => {
        error = { reason: 'denied', detail: replicationFailure(denied).detail };
      });
      handle.on('error', (failure) => {
        if (running !== run) return;
        error = replicationFailure(failure);
        running = null;
      });
      return status();
    },
    async stop() {
      stopReplication();
      error = null;
      wanted = false;
      await writeState().catch((e: unknown) => options.log.error('Saving the sync state failed', e));
      await save().catch((e: unknown) => options.log.error('Saving the sync mirror failed', e));
      return status();
    },
    status,
    async conflicts() {
      if (options.disabled) return [];
      const m = await openMirror();
      await m.idle();
      return allConflicts(m);
    },
    async resolve(choice) {
      refuseSample();
      const collection = choice.collection as CollectionName;
      if (!parseDocId(`${choice.collection}:${choice.id}`)) {
        throw new AppFailure('NOT_FOUND', `No synced record ${choice.collection}/${choice.id}`);
      }
      const m = await openMirror();
      await m.idle();
      const id = docId(collection, choice.id);
      const [conflict] = await listConflicts(m.db, id);
      if (!conflict) throw new AppFailure('NOT_FOUND', `${choice.collection}/${choice.id} has no conflict`);
      const fields = chosenFields(conflict, choice);
      const record = parseRecord(collection, choice.id, { ...fields, id: choice.id });
      if (!record) {
        throw new AppFailure('VALIDATION', 'The merged record is not valid', [
          { path: ['fields'], code: 'merge_invalid', message: 'These choices do not make a valid record' },
        ]);
      }
      // Through the record API: the store checks every invariant, the mirror is fed the
      // result as a revision on the winning branch; then the losing branches are closed.
      // parseRecord checked it against this collection's storage schema.
      await options.store().transaction((tx) => tx.adopt(collection, record as never));
      await m.idle();
      await m.db.bulkDocs(conflict.others.map((o) => ({ _id: id, _rev: o.rev, _deleted: true })));
      m.conflicted.delete(id);
      saveSoon();
      return allConflicts(m);
    },
    guard(changes) {
      if (!mirror || mirror.conflicted.size === 0) return;
      for (const change of changes) {
        if (change.op !== 'remove' || !mirror.conflicted.has(docId(change.collection, change.id))) continue;
        throw new AppFailure(
          'SYNC_CONFLICT',
          `${change.collection}/${change.id} has versions in conflict: decide between them before deleting it`,
        );
      }
    },
    async resume() {
      if (options.disabled) return;
      const state = await readState();
      lastSyncedAt = state.lastSyncedAt;
      const config = await readConfig();
      if (!config) return;
      // The mirror is open whenever sync was ever set up, so the conflicts it holds are known
      // (and guarded) even while sync is off.
      await openMirror();
      if (!state.running) return;
      if (config.user && (await passwords.get(config)) === null) {
        error = {
          reason: 'password_needed',
          detail: `Sync was on: ${config.user}'s password is needed to go on`,
        };
        return;
      }
      await service.start();
    },
    committed(after, changes) {
      if (!mirror) return;
      void mirror.feed(after, changes);
    },
    replaced() {
      if (running) {
        stopReplication();
        error = {
          reason: 'failed',
          detail: 'The data was replaced (a restore or a hand-over); start sync again',
        };
      }
      // The mirror reconciles with the new data when it is next opened.
      const old = mirror;
      mirror = null;
      feedCancel?.();
      feedCancel = null;
      if (old) void old.idle().then(() => old.db.destroy());
    },
    async close() {
      closed = true;
      if (saveTimer) clearTimeout(saveTimer);
      stopReplication();
      if (mirror) {
        await save().catch((e: unknown) => options.log.error('Saving the sync mirror failed', e));
        feedCancel?.();
        await mirror.db.destroy();
        mirror = null;
      }
    },
  };
  return service;
}
