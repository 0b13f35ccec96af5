import type { HandoverArchive, HandoverImportResult } from '../../../shared/domain/handover';
import { AppFailure } from '../../../shared/ipc/errors';
import { ArchiveError, buildArchive, readArchive } from '../handover/archive';
import { addBackups, collectDataFolder, installAttachments } from '../handover/dataFolder';
import { fileStamp } from '../store/backups';
import { parseStoreText } from '../store/readStoreFile';
import { CURRENT_SCHEMA_VERSION } from '../store/schema';
import { committeeOf } from '../store/views';
import { toWriteFailure } from '../store/writeErrors';
import { replaceStore, snapshotCurrent, type StoreHost } from './storeSwap';

export function handoverService(host: StoreHost, appVersion: string) {
  return {
    /** The whole data folder as one zip with a manifest of SHA-256 checksums. */
    async exportArchive(includeBackups: boolean): Promise<HandoverArchive> {
      const store = host.state.store;
      if (!store) throw new AppFailure('STORE_UNAVAILABLE', 'There is no open store to hand over');
      // The archive carries store.json: fold the journal in first, so it holds every change.
      await store.flushAndCompact().catch((error: unknown) => {
        throw toWriteFailure(error);
      });
      const now = host.now();
      const files = await collectDataFolder(host.dataDir, includeBackups);
      const bytes = buildArchive(files, {
        createdAt: now.toISOString(),
        appVersion,
        schemaVersion: CURRENT_SCHEMA_VERSION,
      });
      return {
        fileName: `twinning-desk-handover-${fileStamp(now)}.zip`,
        size: bytes.length,
        bytes,
      };
    },

    /**
     * Replaces the data folder's content with an archive's, after proving the archive
     * whole and its store valid. The current store is snapshotted first and the current
     * attachments kept under a dated name, so an import can be undone.
     */
    async importArchive(archive: Uint8Array): Promise<HandoverImportResult> {
      const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
      let checked: ReturnType<typeof readArchive>;
      try {
        checked = readArchive(bytes);
      } catch (error) {
        if (error instanceof ArchiveError) throw new AppFailure('ARCHIVE_INVALID', error.message);
        throw error;
      }
      const storeBytes = checked.files.get('store.json');
      const parsed = parseStoreText(Buffer.from(storeBytes ?? []).toString('utf8'));
      if (parsed.kind === 'problem')
        throw new AppFailure('ARCHIVE_INVALID', `The archive's store cannot be used: ${parsed.detail}`);

      await snapshotCurrent(host, 'import');
      let undoAttachments: () => Promise<void> = async () => undefined;
      try {
        undoAttachments = await installAttachments(host.dataDir, checked.files, host.now());
        await addBackups(host.dataDir, checked.files);
        await replaceStore(host, parsed.data);
      } catch (error) {
        await undoAttachments().catch(() => undefined);
        throw error instanceof AppFailure ? error : toWriteFailure(error);
      }
      return {
        files: checked.files.size,
        committeeName: committeeOf(parsed.data).committee?.name ?? null,
        schemaVersion: checked.manifest.schemaVersion,
      };
    },
  };
}
export type HandoverService = ReturnType<typeof handoverService>;
