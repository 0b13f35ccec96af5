import { z } from 'zod';
import { Bytes } from '../ipc/bytes';
import { TaskId } from './longTask';

/** The largest archive the app accepts; browser mode's request limit is above it. */
export const MAX_ARCHIVE_BYTES = 40 * 1024 * 1024;

/** `taskId`: the window follows the export's progress under it and may cancel it. */
export const HandoverExportRequest = z
  .object({ includeBackups: z.boolean(), taskId: TaskId.optional() })
  .strict();

export const HandoverArchive = z.object({
  fileName: z.string(),
  size: z.int().min(0),
  /** The zip archive's bytes, as they are over Electron IPC and in browser mode's binary frame. */
  bytes: Bytes(Number.MAX_SAFE_INTEGER),
});
export type HandoverArchive = z.infer<typeof HandoverArchive>;

export const HandoverImportRequest = z
  .object({
    bytes: Bytes(MAX_ARCHIVE_BYTES).refine((bytes) => bytes.byteLength > 0, { message: 'required' }),
    taskId: TaskId.optional(),
  })
  .strict();

export const HandoverImportResult = z.object({
  files: z.int().min(0),
  committeeName: z.string().nullable(),
  schemaVersion: z.int(),
});
export type HandoverImportResult = z.infer<typeof HandoverImportResult>;
