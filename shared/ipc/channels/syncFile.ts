import type { z } from 'zod';
import {
  SyncFileExport,
  SyncFileExportRequest,
  SyncFileImportRequest,
  SyncFileImportResult,
} from '../../domain/syncFile';

/**
 * Sync without a server: the committee's records written to a replication file for another
 * laptop, and a file from another laptop merged here (conflicts kept, as with a server).
 */
export const syncFileChannels = {
  'sync:exportFile': { input: SyncFileExportRequest, output: SyncFileExport },
  'sync:importFile': { input: SyncFileImportRequest, output: SyncFileImportResult },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
