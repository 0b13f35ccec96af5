import { z } from 'zod';
import { AppStatus } from '../../domain/appStatus';
import { BackupId, BackupInfo, BackupPreview } from '../../domain/backups';
import { none } from './app';

/** Usable in the recovery state too: restoring a backup is how one leaves it. */
export const backupChannels = {
  'backup:list': { input: none, output: z.array(BackupInfo) },
  'backup:preview': { input: z.object({ id: BackupId }).strict(), output: BackupPreview },
  'backup:create': { input: none, output: BackupInfo },
  'backup:restore': { input: z.object({ id: BackupId }).strict(), output: AppStatus },
  'backup:restoreNewestGood': { input: none, output: AppStatus },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
