import { randomUUID } from 'node:crypto';
import {
  MAX_SYNC_FILE_BYTES,
  SYNC_FILE_EXTENSION,
  type SyncFileExport,
  type SyncFileImportResult,
} from '../../../shared/domain/syncFile';
import { AppFailure } from '../../../shared/ipc/errors';
import type { Store } from '../store/store';
import type { TaskSteps } from '../tasks/longTasks';
import { parseDocId } from './docs';
import type { MirrorHost } from './mirrorHost';
import type { PouchDoc } from './pouch';
import { allConflicts } from './syncConflicts';
import type { SyncFiles } from './syncFiles';
import { readSyncFileDocs, readSyncFileHeader, syncFileProblem, writeSyncFile } from './syncFileFormat';

/** Documents read or written per step: a step yields, reports progress and may cancel. */
const BATCH = 200;

export interface FileExchangeOptions {
  host: MirrorHost;
  files: SyncFiles;
  store: () => Store;
  now: () => Date;
}

/**
 * Sync with no server: the mirror's every version (with its ancestry) written to a file, and a
 * file from another laptop grafted into the mirror. From the mirror on, an imported version
 * takes the path one brought by replication takes (the mirror's changes → the store, through
 * the record API), so conflicts are kept and shown the same way, and the next sync with a
 * server, or the next file, carries them on.
 */
export function fileExchange({ host, files, store, now }: FileExchangeOptions) {
  return {
    async exportFile(steps: TaskSteps): Promise<SyncFileExport> {
      const mirror = await host.open();
      await mirror.idle();
      let committeeId = await files.readCommitteeId();
      if (!committeeId) {
        committeeId = randomUUID();
        await files.writeCommitteeId(committeeId);
      }
      const { results } = await mirror.db.changes({ since: 0, style: 'all_docs' });
      const wanted = results
        .filter((c) => parseDocId(c.id))
        .flatMap((c) => c.changes.map((ch) => ({ id: c.id, rev: ch.rev })));
      const docs: PouchDoc[] = [];
      for (let done = 0; done < wanted.length; done += BATCH) {
        await steps.step('gather', done, wanted.length);
        const got = await mirror.db.bulkGet({
          docs: wanted.slice(done, done + BATCH),
          revs: true,
          attachments: true,
        });
        for (const result of got.results) {
          for (const entry of result.docs) if ('ok' in entry) docs.push(entry.ok);
        }
      }
      await steps.step('gather', wanted.length, wanted.length);
      const createdAt = now().toISOString();
      const bytes = writeSyncFile(
        { committeeId, committeeName: store().data.committeeInfo[0]?.name ?? '', createdAt },
        docs,
      );
      if (bytes.byteLength > MAX_SYNC_FILE_BYTES) {
        throw new AppFailure('TOO_LARGE', 'The records are more than one sync file can carry', [
          {
            path: [],
            code: 'sync_file_too_large',
            message: 'Use the committee’s server instead',
            params: { size: bytes.byteLength, max: MAX_SYNC_FILE_BYTES },
          },
        ]);
      }
      return {
        fileName: `twinning-desk-sync-${createdAt.slice(0, 10)}.${SYNC_FILE_EXTENSION}`,
        size: bytes.byteLength,
        documents: docs.length,
        bytes,
      };
    },

    async importFile(bytes: Uint8Array, steps: TaskSteps): Promise<SyncFileImportResult> {
      const { header, body } = readSyncFileHeader(bytes);
      const ours = await files.readCommitteeId();
      if (ours && ours !== header.committeeId) {
        throw syncFileProblem(
          'other_committee',
          `The file holds another committee's records (${header.committeeId}, not ${ours})`,
          header.committeeName,
        );
      }
      const docs = readSyncFileDocs(header, body);
      const mirror = await host.open();
      await mirror.idle();
      // Only the versions this laptop lacks are written: a file imported twice changes nothing.
      const revsById: Record<string, string[]> = {};
      for (const doc of docs) (revsById[doc._id] ??= []).push(doc._rev as string);
      const diff = docs.length > 0 ? await mirror.db.revsDiff(revsById) : {};
      const missing = docs.filter((doc) => diff[doc._id]?.missing.includes(doc._rev as string));
      // The last moment a cancel changes nothing.
      await steps.step('merge', 0, missing.length);
      steps.pointOfNoReturn();
      if (!ours) await files.writeCommitteeId(header.committeeId);
      for (let done = 0; done < missing.length; done += BATCH) {
        if (done > 0) await steps.step('merge', done, missing.length);
        const results = await mirror.db.bulkDocs(missing.slice(done, done + BATCH), { new_edits: false });
        const failed = results.filter((r) => r.error);
        if (failed.length > 0) {
          throw new Error(`The mirror refused ${failed.length} document(s): ${failed[0]?.reason}`);
        }
      }
      await steps.step('merge', missing.length, missing.length);
      // The mirror's change feed brings them to the store too; waiting here lets the answer
      // count the conflicts the store now stands on.
      mirror.changed([...new Set(missing.map((d) => d._id))]);
      await mirror.idle();
      host.saveSoon();
      return {
        documents: docs.length,
        added: missing.length,
        conflicts: (await allConflicts(mirror)).length,
      };
    },
  };
}
