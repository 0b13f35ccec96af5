import { z } from 'zod';
import { Bytes } from '../ipc/bytes';
import { TaskId } from './longTask';

/**
 * No server at all (issue 17, item 5): the committee's records travel as a replication file,
 * on a USB stick or through a shared folder, and are merged with the same conflict handling as
 * replication with a server. The file holds every version of every record with its ancestry.
 */

/**
 * The largest sync file the app writes or takes: under browser mode's request limit (64 MB),
 * as the hand-over is. Tens of thousands of records fit; beyond, a server is the way.
 */
export const MAX_SYNC_FILE_BYTES = 60 * 1024 * 1024;
/** The ending the save dialog suggests and the file chooser looks for. */
export const SYNC_FILE_EXTENSION = 'twinsync';

export const SyncFileExportRequest = z.object({ taskId: TaskId.optional() }).strict();

export const SyncFileExport = z.object({
  fileName: z.string(),
  size: z.int().min(0),
  /** Versions of records in the file (a record in conflict counts each of its versions). */
  documents: z.int().min(0),
  bytes: Bytes(MAX_SYNC_FILE_BYTES),
});
export type SyncFileExport = z.infer<typeof SyncFileExport>;

export const SyncFileImportRequest = z
  .object({
    bytes: Bytes(MAX_SYNC_FILE_BYTES).refine((bytes) => bytes.byteLength > 0, { message: 'required' }),
    taskId: TaskId.optional(),
  })
  .strict();

export const SyncFileImportResult = z.object({
  /** Versions the file holds. */
  documents: z.int().min(0),
  /** Of those, the ones this laptop did not have yet. */
  added: z.int().min(0),
  /** Conflicts waiting to be decided now (the file's and the ones already here). */
  conflicts: z.int().min(0),
});
export type SyncFileImportResult = z.infer<typeof SyncFileImportResult>;

/**
 * Why a file is refused (the issue's `code`, prefixed `sync_file_`); nothing is changed then.
 * `not_sync_file`: not a Twinning Desk replication file at all (another kind of file);
 * `damaged`: one, but cut short or changed after it was saved; `newer_version`: written by a
 * newer app; `other_committee`: the records of another committee (its name is given);
 * `too_large`: on export, more than one file can carry (its size and the limit are given).
 */
export const SyncFileProblem = z.enum([
  'not_sync_file',
  'damaged',
  'newer_version',
  'other_committee',
  'too_large',
]);
export type SyncFileProblem = z.infer<typeof SyncFileProblem>;
