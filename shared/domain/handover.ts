import { z } from 'zod';

/** The largest archive the app accepts, before base64; browser mode's request limit sets it. */
export const MAX_ARCHIVE_BYTES = 40 * 1024 * 1024;

export const HandoverExportRequest = z.object({ includeBackups: z.boolean() }).strict();

export const HandoverArchive = z.object({
  fileName: z.string(),
  size: z.int().min(0),
  /** The zip archive, base64: the same bytes travel over Electron IPC and browser mode's JSON. */
  base64: z.string(),
});
export type HandoverArchive = z.infer<typeof HandoverArchive>;

export const HandoverImportRequest = z
  .object({
    base64: z
      .string()
      .min(1)
      .max(Math.ceil(MAX_ARCHIVE_BYTES / 3) * 4 + 4),
  })
  .strict();

export const HandoverImportResult = z.object({
  files: z.int().min(0),
  committeeName: z.string().nullable(),
  schemaVersion: z.int(),
});
export type HandoverImportResult = z.infer<typeof HandoverImportResult>;
