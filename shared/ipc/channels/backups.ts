import { z } from 'zod';
import { AppStatus } from '../../domain/appStatus';
import { Id } from '../../domain/common';
import { BackupId, BackupInfo, BackupPreview } from '../../domain/backups';
import { none } from './app';

/** Usable in the recovery state too: restoring a backup is how one leaves it. */
export const backupChannels = {
  'backup:list': { input: none, output: z.array(BackupInfo) },
  'backup:preview': { input: z.object({ id: BackupId }).strict(), output: BackupPreview },
  /** The newest backup that holds this link as it was then, or null: a delete dialog promises only that. */
  'backup:holding': {
    input: z.object({ collection: z.literal('partnerships'), id: Id }).strict(),
    output: BackupInfo.nullable(),
  },
  'backup:create': { input: none, output: BackupInfo },
  'backup:restore': { input: z.object({ id: BackupId }).strict(), output: AppStatus },
  'backup:restoreNewestGood': { input: none, output: AppStatus },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
