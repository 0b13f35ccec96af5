import {
  SyncConfig,
  type SyncConflict,
  type SyncResolve,
  type SyncSetup,
  type SyncStatus,
  type SyncTestResult,
} from '../../../shared/domain/sync';
import type { SyncFileExport, SyncFileImportResult } from '../../../shared/domain/syncFile';
import { AppFailure } from '../../../shared/ipc/errors';
import type { ChangeSet } from '../store/records';
import type { StoreData } from '../store/schema';
import type { Store } from '../store/store';
import type { TaskSteps } from '../tasks/longTasks';
import { databaseUrl, testConnection, type Credentials, type HostGuard } from './connection';
import { fileExchange } from './fileExchange';
import { mirrorHost } from './mirrorHost';
import { remoteDatabase } from './pouch';
import { startReplication } from './replication';
import { statusEvents } from './statusEvents';
import { newSession, noteAnswer, serverAddress, stopReplication } from './session';
import { allConflicts, guardConflictedDeletes, resolveConflict } from './syncConflicts';
import { syncFiles } from './syncFiles';
import { syncStatus } from './syncStatus';
import { passwordKeeper, passwordName } from './credentials';
import type { SecretStore } from './secrets';
import { accessState, detectAccess } from './access';
import { erasureCleanup } from './erasure';

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
  /** Told when the status changed (the `sync:changed` event), so the window need not ask. */
  onStatus?: (status: SyncStatus) => void;
  /** The OS's secret store (desktop shell); null in browser mode, where the password stays in memory. */
  secrets?: SecretStore | null;
}

export interface SyncService {
  config(): Promise<SyncConfig | null>;
  configure(setup: SyncSetup): Promise<SyncConfig>;
  test(password?: string): Promise<SyncTestResult>;
  start(password?: string): Promise<SyncStatus>;
  stop(): Promise<SyncStatus>;
  /** Stops sync and removes the member's password from this session and the OS's secret store. */
  forgetPassword(): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
  conflicts(): Promise<SyncConflict[]>;
  resolve(choice: SyncResolve): Promise<SyncConflict[]>;
  /** No server: every version of the committee's records, as a file for another laptop. */
  exportFile(steps: TaskSteps): Promise<SyncFileExport>;
  /** A file from another laptop merged into this one's records, conflicts kept as with a server. */
  importFile(bytes: Uint8Array, steps: TaskSteps): Promise<SyncFileImportResult>;
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
  /** Runs a person's erasure; what it removed is then purged and compacted on the server (erasure.ts). */
  erasing<T>(run: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Sync in the core: a local PouchDB mirror of the store (mirror.ts, opened and saved by
 * mirrorHost.ts), replicating live with the committee's CouchDB database (replication.ts).
 * This file joins the parts: setup, start and stop, and the calls the backend makes.
 */
export function syncService(options: SyncOptions): SyncService {
  const files = syncFiles(options.dataDir);
  const session = newSession();
  /** In memory for the session, and with the OS's secret store where the desktop shell has one. */
  const passwords = passwordKeeper(options.secrets ?? null, options.log);
  /** Read-only or edit, as the server says (access.ts). */
  const access = accessState();
  const host = mirrorHost({
    store: options.store,
    files,
    session,
    log: options.log,
    ...(options.saveDelayMs !== undefined ? { saveDelayMs: options.saveDelayMs } : {}),
    onChange: () => told.changed(),
  });

  const exchange = fileExchange({ host, files, store: options.store, now: options.now });

  const refuseSample = () => {
    if (options.disabled) throw new AppFailure('FORBIDDEN', 'The sample committee does not sync');
  };

  const credentials = async (config: SyncConfig, given?: string): Promise<Credentials | null> => {
    if (given !== undefined) await passwords.set(config, given);
    return config.user ? { username: config.user, password: (await passwords.get(config)) ?? '' } : null;
  };

  const cleanup = erasureCleanup({
    folder: files.folder,
    mirror: () => host.current(),
    target: async () => {
      const config = await files.readConfig();
      return config ? { config, auth: await credentials(config) } : null;
    },
    log: options.log,
  });

  const status = async (): Promise<SyncStatus> => {
    const config = await files.readConfig();
    const base = await syncStatus(session, host.current(), config !== null);
    const mirror = host.current();
    // A read-only member's edits stay here: pending is what the server lacks, not what was pushed.
    if (access.readOnly && session.running && mirror) {
      const held = await access.heldBack(mirror.db);
      if (held) base.pending = held.length;
    }
    return {
      ...base,
      access: access.value,
      password: await passwords.describe(config),
      awaitingPurge: await cleanup.waiting(),
    };
  };
  const told = statusEvents(status, (s) => options.onStatus?.(s), options.log);
  /** The answer of a call that changed the status; the window is told of it too. */
  const changedStatus = (): Promise<SyncStatus> => {
    told.changed();
    return status();
  };

  const service: SyncService = {
    config: files.readConfig,
    async configure(setup) {
      refuseSample();
      const { password: given, ...config } = setup;
      const parsed = SyncConfig.parse(config);
      const before = await files.readConfig();
      await files.writeConfig(parsed);
      // Another server, database or user: the old password is not kept sealed for nothing.
      if (before && passwordName(before) !== passwordName(parsed)) await passwords.forget(before);
      if (given !== undefined) await passwords.set(parsed, given);
      // Another server or database: what the mirror knows belongs to the old one.
      if (before && (before.url !== parsed.url || before.database !== parsed.database)) {
        stopReplication(session);
        session.lastSyncedAt = null;
        access.forget();
      }
      // A new address has not answered yet: until it does, it is not "offline" but unreached.
      if (!before || serverAddress(before.url) !== serverAddress(parsed.url)) {
        if (session.error?.reason === 'never_reached') session.error = null;
        if (session.reachedUrl !== null) {
          session.reachedUrl = null;
          await host.writeState();
        }
      }
      told.changed();
      return parsed;
    },
    async test(given) {
      refuseSample();
      const config = await files.readConfig();
      if (!config) return { ok: false, reason: 'not_configured', detail: 'No server is set up' };
      const auth = await credentials(config, given);
      const tested = await testConnection(config, auth, options.allowHost);
      if (noteAnswer(session, config.url, tested)) await host.writeState();
      if (tested.ok && session.error?.reason === 'never_reached') {
        session.error = null;
        told.changed();
      }
      return tested.ok ? { ...tested, access: await detectAccess(config, auth) } : tested;
    },
    async start(given) {
      refuseSample();
      if (session.running) return changedStatus();
      const config = await files.readConfig();
      if (!config) {
        session.error = { reason: 'not_configured', detail: 'No server is set up' };
        return changedStatus();
      }
      const auth = await credentials(config, given);
      const tested = await testConnection(config, auth, options.allowHost);
      if (noteAnswer(session, config.url, tested)) await host.writeState();
      const hostname = new URL(config.url).hostname;
      // A server that does not answer now (a laptop offline for weeks) is retried; a refusal is not.
      if (!tested.ok && (tested.reason !== 'unreachable' || !options.allowHost(hostname))) {
        session.error = { reason: tested.reason, detail: tested.detail };
        return changedStatus();
      }
      // An address that never answered is most likely mistyped: retrying it for ever would only
      // say "offline". Sync starts once it answers (a test, or Start again).
      if (!tested.ok && session.reachedUrl !== serverAddress(config.url)) {
        session.error = {
          reason: 'never_reached',
          detail: `Nothing has answered at ${config.url} since it was set: ${tested.detail}`,
        };
        return changedStatus();
      }
      session.error = tested.ok ? null : { reason: tested.reason, detail: tested.detail };
      session.wanted = true;
      await host.writeState();
      const local = await host.open();
      const remote = remoteDatabase(databaseUrl(config), auth);
      access.begin(tested.ok ? await detectAccess(config, auth) : null, remote);
      const begin = (readOnly: boolean) =>
        startReplication({
          session,
          local,
          remote,
          reachable: tested.ok,
          now: options.now,
          // Up to date: an erasure sent meanwhile can now be purged on the server.
          saveSoon: () => {
            host.saveSoon();
            void cleanup.tryNow();
          },
          changed: told.changed,
          pullOnly: readOnly,
          // A refused push: read-only here. Only pull from now on; the edits stay pending here.
          onRefused: () => {
            if (access.readOnly) return;
            access.refused();
            stopReplication(session);
            begin(true);
            told.changed();
          },
        });
      begin(access.readOnly);
      return changedStatus();
    },
    async stop() {
      stopReplication(session);
      session.error = null;
      session.wanted = false;
      await host.writeState().catch((e: unknown) => options.log.error('Saving the sync state failed', e));
      await host.save().catch((e: unknown) => options.log.error('Saving the sync mirror failed', e));
      return changedStatus();
    },
    async forgetPassword() {
      const config = await files.readConfig();
      const stopped = await service.stop();
      if (!config) return stopped;
      await passwords.forget(config);
      return changedStatus();
    },
    status,
    async conflicts() {
      if (options.disabled) return [];
      const m = await host.open();
      await m.idle();
      return allConflicts(m);
    },
    async resolve(choice) {
      refuseSample();
      const left = await resolveConflict(host.open, options.store, choice);
      host.saveSoon();
      told.changed();
      return left;
    },
    async exportFile(steps) {
      refuseSample();
      return exchange.exportFile(steps);
    },
    async importFile(bytes, steps) {
      refuseSample();
      const result = await exchange.importFile(bytes, steps);
      told.changed();
      return result;
    },
    guard(changes) {
      guardConflictedDeletes(host.current(), changes);
    },
    async resume() {
      if (options.disabled) return;
      const state = await files.readState();
      session.lastSyncedAt = state.lastSyncedAt;
      const config = await files.readConfig();
      // A state file older than `reachedUrl`: an address that was ever up to date had answered.
      session.reachedUrl =
        state.reachedUrl !== undefined
          ? state.reachedUrl
          : config && state.lastSyncedAt
            ? serverAddress(config.url)
            : null;
      // The mirror is open whenever sync was ever set up or a file exchanged, so the conflicts
      // it holds are known (and guarded) even while sync is off.
      if (config || (await files.readCommitteeId())) await host.open();
      if (!config || !state.running) return;
      if (config.user && (await passwords.get(config)) === null) {
        session.error = {
          reason: 'password_needed',
          detail: `Sync was on: ${config.user}'s password is needed to go on`,
        };
        told.changed();
        return;
      }
      await service.start();
    },
    committed(after, changes) {
      // A new revision in the mirror is told by its change feed (one more change not yet sent).
      if (host.current()) cleanup.saw(changes);
      void host.current()?.feed(after, changes);
    },
    erasing: (run) => (options.disabled ? run() : cleanup.erasing(run)),
    replaced() {
      if (session.running) {
        stopReplication(session);
        session.error = {
          reason: 'failed',
          detail: 'The data was replaced (a restore or a hand-over); start sync again',
        };
      }
      // The mirror reconciles with the new data when it is next opened.
      host.drop();
      told.changed();
    },
    async close() {
      told.close();
      stopReplication(session);
      await host.close();
    },
  };
  return service;
}
