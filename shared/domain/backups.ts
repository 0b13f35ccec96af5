import { z } from 'zod';

export const SnapshotReason = z.enum(['migration', 'restore', 'import', 'handover', 'periodic', 'manual']);
export type SnapshotReason = z.infer<typeof SnapshotReason>;

/** A backup's id is its file name in backups/; the pattern keeps it from naming any other path. */
export const BackupId = z
  .string()
  .max(120)
  .regex(/^store-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[a-z]+(?:-\d{1,4})?\.json$/);

export const BackupInfo = z.object({
  id: BackupId,
  createdAt: z.string().datetime(),
  size: z.int().min(0),
  reason: SnapshotReason,
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupPreview = z.object({
  id: BackupId,
  /** The schema version the backup was written with (restoring upgrades it). */
  schemaVersion: z.int().min(1),
  committeeName: z.string().nullable(),
  /** Records per collection, keyed by its path in the store (e.g. "committee.members"). */
  counts: z.record(z.string(), z.int().min(0)),
});
export type BackupPreview = z.infer<typeof BackupPreview>;
