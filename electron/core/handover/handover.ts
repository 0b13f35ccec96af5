import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  MAX_ARCHIVE_BYTES,
  type HandoverArchive,
  type HandoverImportResult,
  type HandoverInspection,
} from '../../../shared/domain/handover';
import { AppFailure } from '../../../shared/ipc/errors';
import { migrationContextFor } from '../attachments/legacyImages';
import { readJob } from '../privacy/erasureJob';
import { ArchiveError, buildArchive, DEFAULT_LIMITS, readArchive } from './archive';
import {
  addBackups,
  archiveAttachments,
  archiveLegacyNames,
  collectDataFolder,
  installAttachments,
} from './dataFolder';
import { fileStamp } from '../store/backups';
import { STORE_FILE } from '../store/openStore';
import { parseStoreText } from '../store/readStoreFile';
import { CURRENT_SCHEMA_VERSION } from '../store/schema';
import { committeeOf } from '../store/views';
import { toWriteFailure } from '../store/writeErrors';
import { unfollowed, type TaskSteps } from '../tasks/longTasks';
import { replaceStore, snapshotCurrent, type StoreHost } from '../backups/storeSwap';

const total = (files: ReadonlyMap<string, Uint8Array>) =>
  [...files.values()].reduce((n, b) => n + b.length, 0);

/**
 * Export never offers an archive that import would refuse: over the size the app accepts,
 * or more files or unpacked bytes than it unpacks. The error says how large it is and
 * whether leaving the backups out would do.
 */
function refuseWhatImportWouldRefuse(
  bytes: Uint8Array,
  files: ReadonlyMap<string, Uint8Array>,
  includeBackups: boolean,
): void {
  const tooMany = files.size + 1 > DEFAULT_LIMITS.maxFiles || total(files) > DEFAULT_LIMITS.maxTotalBytes;
  if (bytes.length <= MAX_ARCHIVE_BYTES && !tooMany) return;
  const withoutBackups = new Map([...files].filter(([path]) => !path.startsWith('backups/')));
  const smallerWouldDo = includeBackups && total(withoutBackups) < MAX_ARCHIVE_BYTES;
  throw new AppFailure(
    'TOO_LARGE',
    `The archive would be ${bytes.length} bytes; a successor's app accepts at most ${MAX_ARCHIVE_BYTES}`,
    [
      {
        path: ['includeBackups'],
        code: smallerWouldDo ? 'archive_too_large_with_backups' : 'archive_too_large',
        message: smallerWouldDo ? 'Export without backups' : 'The data folder is too large for one archive',
        params: { size: bytes.length, max: MAX_ARCHIVE_BYTES },
      },
    ],
  );
}

/**
 * The snapshot taken before an import that failed: removed when store.json still holds exactly
 * its bytes (nothing was replaced, so it keeps nothing the folder lacks), kept otherwise.
 */
async function dropUnneededSnapshot(host: StoreHost, snapshot: string): Promise<void> {
  const [current, kept] = await Promise.all([readFile(join(host.dataDir, STORE_FILE)), readFile(snapshot)]);
  if (current.equals(kept)) await rm(snapshot, { force: true });
}

export function handoverService(host: StoreHost, appVersion: string) {
  /** The archive proved whole (manifest, checksums, attachment names) and its store parsed. */
  async function verify(archive: Uint8Array, steps: TaskSteps) {
    let checked: Awaited<ReturnType<typeof readArchive>>;
    try {
      checked = await readArchive(archive, DEFAULT_LIMITS, (done, count) => steps.step('check', done, count));
    } catch (error) {
      if (error instanceof ArchiveError) throw new AppFailure('ARCHIVE_INVALID', error.message);
      throw error;
    }
    const { damaged } = archiveAttachments(checked.files);
    if (damaged)
      throw new AppFailure('ARCHIVE_INVALID', `Damaged in the archive (name and content differ): ${damaged}`);
    const storeBytes = checked.files.get('store.json');
    const here = await migrationContextFor(host.dataDir);
    const legacyImages = new Map([...here.legacyImages, ...archiveLegacyNames(checked.files)]);
    const parsed = parseStoreText(Buffer.from(storeBytes ?? []).toString('utf8'), { legacyImages });
    if (parsed.kind === 'problem')
      throw new AppFailure('ARCHIVE_INVALID', `The archive's store cannot be used: ${parsed.detail}`);
    return { checked, parsed };
  }

  return {
    /** The whole data folder as one zip with a manifest of SHA-256 checksums. */
    async exportArchive(includeBackups: boolean, steps: TaskSteps = unfollowed): Promise<HandoverArchive> {
      const store = host.state.store;
      if (!store) throw new AppFailure('STORE_UNAVAILABLE', 'There is no open store to hand over');
      // Backups still hold a person being erased: an archive would carry them out of reach.
      if (await readJob(host.dataDir)) {
        throw new AppFailure(
          'ERASURE_PENDING',
          'An erasure is not finished; finish it under Personal data before handing over',
        );
      }
      // The archive carries store.json: fold the journal in first, so it holds every change.
      await store.flushAndCompact().catch((error: unknown) => {
        throw toWriteFailure(error);
      });
      const now = host.now();
      const files = await collectDataFolder(host.dataDir, includeBackups);
      const bytes = await buildArchive(
        files,
        { createdAt: now.toISOString(), appVersion, schemaVersion: CURRENT_SCHEMA_VERSION },
        (done, count) => steps.step('pack', done, count),
      );
      refuseWhatImportWouldRefuse(bytes, files, includeBackups);
      return {
        fileName: `twinning-desk-handover-${fileStamp(now)}.zip`,
        size: bytes.length,
        bytes,
      };
    },

    /**
     * Replaces the store with an archive's, after proving the archive whole and its store
     * valid, and adds its attachments and backups to those here. The current store is
     * snapshotted first, and nothing present is removed, so an import can be undone.
     */
    /**
     * Proves an archive whole and its store usable, and says whose records it holds, before
     * the secretary is asked whether to replace hers: nothing is written here.
     */
    async inspectArchive(archive: Uint8Array, steps: TaskSteps = unfollowed): Promise<HandoverInspection> {
      const { checked, parsed } = await verify(archive, steps);
      const { municipality, committee } = committeeOf(parsed.data);
      return {
        createdAt: checked.manifest.createdAt,
        appVersion: checked.manifest.appVersion,
        schemaVersion: checked.manifest.schemaVersion,
        files: checked.files.size,
        committeeName: committee?.name ?? null,
        townName: municipality?.name ?? null,
        partnerships: parsed.data.partnerships.length,
      };
    },

    /**
     * Replaces the store with an archive's, after proving the archive whole and its store
     * valid, and adds its attachments and backups to those here. The current store is
     * snapshotted first, and nothing present is removed, so an import can be undone.
     */
    async importArchive(archive: Uint8Array, steps: TaskSteps = unfollowed): Promise<HandoverImportResult> {
      const { checked, parsed } = await verify(archive, steps);
      // Everything is checked; from here the folder changes, so a cancel comes too late.
      steps.pointOfNoReturn();
      await steps.step('install', 0, 1);
      const kept = await snapshotCurrent(host, 'handover');
      const undo: (() => Promise<void>)[] = [];
      try {
        undo.push(await installAttachments(host.dataDir, checked.files));
        undo.push(await addBackups(host.dataDir, checked.files));
        await replaceStore(host, parsed.data);
      } catch (error) {
        // Everything this import added goes again, so the folder is as it was before it.
        for (const step of undo.reverse()) await step().catch(() => undefined);
        if (kept) await dropUnneededSnapshot(host, kept).catch(() => undefined);
        throw error instanceof AppFailure ? error : toWriteFailure(error);
      }
      await steps.step('install', 1, 1);
      return {
        files: checked.files.size,
        committeeName: committeeOf(parsed.data).committee?.name ?? null,
        schemaVersion: checked.manifest.schemaVersion,
      };
    },
  };
}
export type HandoverService = ReturnType<typeof handoverService>;
