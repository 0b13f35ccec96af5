import { basename } from 'node:path';
import type { AppStatus } from '../../../shared/domain/appStatus';
import type { BackupInfo, BackupPreview } from '../../../shared/domain/backups';
import { AppFailure } from '../../../shared/ipc/errors';
import { migrationContextFor } from '../attachments/legacyImages';
import { listBackups, readBackup, removeBackup, snapshotStoreFile, type BackupFile } from '../store/backups';
import { parseStoreText } from '../store/readStoreFile';
import { expiredBackups } from '../store/retention';
import { CURRENT_SCHEMA_VERSION, type StoreData } from '../store/schema';
import { toWriteFailure } from '../store/writeErrors';
import { committeeOf } from '../store/views';
import { replaceStore, snapshotCurrent, type StoreHost } from './storeSwap';

const toInfo = (file: BackupFile): BackupInfo => ({
  id: file.id,
  createdAt: file.createdAt.toISOString(),
  size: file.size,
  reason: file.reason,
});

/** How many records a store holds, by the collection names the backup screen translates. */
export function countCollections(data: StoreData): Record<string, number> {
  return {
    'committee.members': data.members.length,
    partnerships: data.partnerships.length,
    agreements: data.agreements.length,
    shortlist: data.shortlist.length,
  };
}

export function backupService(host: StoreHost, status: () => AppStatus) {
  // Snapshots never change once written, so whether one parses is worked out once per file.
  const restorable = new Map<string, boolean>();
  async function isRestorable(backup: BackupFile): Promise<boolean> {
    const key = `${backup.id}\u0000${backup.size}`;
    let known = restorable.get(key);
    if (known === undefined) {
      const text = await readBackup(host.dataDir, backup.id).catch(() => null);
      known = text !== null && parseStoreText(text).kind === 'ok';
      restorable.set(key, known);
    }
    return known;
  }

  async function load(id: string): Promise<{ data: StoreData; version: number }> {
    const text = await readBackup(host.dataDir, id);
    if (text === null) throw new AppFailure('NOT_FOUND', `No backup ${id}`);
    const parsed = parseStoreText(text, await migrationContextFor(host.dataDir));
    if (parsed.kind === 'problem') throw new AppFailure('BACKUP_DAMAGED', `Backup ${id}: ${parsed.detail}`);
    return { data: parsed.data, version: parsed.migratedFrom ?? CURRENT_SCHEMA_VERSION };
  }

  async function restore(id: string): Promise<AppStatus> {
    // Validate (and migrate) before touching anything, then keep the present state.
    const { data } = await load(id);
    await snapshotCurrent(host, 'restore');
    await replaceStore(host, data);
    return status();
  }

  return {
    list: async (): Promise<BackupInfo[]> => (await listBackups(host.dataDir)).map(toInfo),

    async preview(id: string): Promise<BackupPreview> {
      const { data, version } = await load(id);
      return {
        id,
        schemaVersion: version,
        committeeName: committeeOf(data).committee?.name ?? null,
        counts: countCollections(data),
      };
    },

    /**
     * The newest backup that holds the record, read from the files themselves: a snapshot taken
     * after a record was made need not hold it (the one before an import, a restore or a
     * hand-over was taken before the records it brought), so its date proves nothing.
     */
    async holding(collection: 'partnerships', id: string): Promise<BackupInfo | null> {
      // A snapshot taken before the record was made cannot hold it: those files are not read.
      const madeAt = host.state.store?.data[collection].find((r) => r.id === id)?.createdAt;
      for (const backup of await listBackups(host.dataDir)) {
        if (madeAt !== undefined && backup.createdAt.toISOString() < madeAt) break;
        const text = await readBackup(host.dataDir, backup.id).catch(() => null);
        // Ids are unique: a file without it cannot hold the record, and needs no parsing.
        if (text === null || !text.includes(`"${id}"`)) continue;
        const parsed = parseStoreText(text, await migrationContextFor(host.dataDir));
        if (parsed.kind === 'ok' && parsed.data[collection].some((r) => r.id === id)) return toInfo(backup);
      }
      return null;
    },

    async create(): Promise<BackupInfo> {
      const store = host.state.store;
      if (!store) throw new AppFailure('STORE_UNAVAILABLE', 'There is no open store to back up');
      // The snapshot is what store.json holds once the journal is folded in.
      await store.flushAndCompact().catch((error: unknown) => {
        throw toWriteFailure(error);
      });
      let path: string;
      try {
        path = await snapshotStoreFile(host.dataDir, store.path, 'manual', host.now());
      } catch (error) {
        throw toWriteFailure(error);
      }
      const created = (await listBackups(host.dataDir)).find((b) => path.endsWith(b.id));
      if (!created) throw new AppFailure('WRITE_FAILED', 'The backup was written but cannot be found');
      return toInfo(created);
    },

    restore,

    /** The recovery screen's way out: the newest backup that parses and validates. */
    async restoreNewestGood(): Promise<AppStatus> {
      for (const backup of await listBackups(host.dataDir)) {
        const text = await readBackup(host.dataDir, backup.id);
        if (text !== null && parseStoreText(text).kind === 'ok') return restore(backup.id);
      }
      throw new AppFailure('NOT_FOUND', 'No backup could be read');
    },

    /** A periodic snapshot of the open store, then pruning of what the schedule no longer keeps. */
    periodic: () =>
      // Never while an erasure runs: it could copy a store still holding the person's id.
      host.copies(async () => {
        const store = host.state.store;
        if (!store) return;
        // Like every other snapshot: the bytes of store.json just written with the journal folded
        // in, never a second serialisation of memory that could differ from what is on disk.
        await store.flushAndCompact();
        const id = basename(await snapshotStoreFile(host.dataDir, store.path, 'periodic', host.now()));
        const backups = await listBackups(host.dataDir);
        // A durable byte copy of the file the store itself just wrote from validated records: it
        // is known to open, so retention need not parse it again (400 ms at 30,000 links, on the
        // thread that answers the window's next request).
        const fresh = backups.find((b) => b.id === id);
        if (fresh) restorable.set(`${fresh.id}\u0000${fresh.size}`, true);
        const expired = await expiredBackups(backups, host.now(), isRestorable);
        await Promise.all(expired.map((b) => removeBackup(host.dataDir, b.id)));
      }),
  };
}
export type BackupService = ReturnType<typeof backupService>;
