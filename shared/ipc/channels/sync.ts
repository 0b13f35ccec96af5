import { z } from 'zod';
import {
  SyncConfig,
  SyncConflict,
  SyncCredentials,
  SyncResolve,
  SyncSetup,
  SyncStatus,
  SyncTestResult,
} from '../../domain/sync';
import { none } from './app';

/**
 * Sync with the committee's CouchDB database: set it up, test it, start and stop continuous
 * replication, see how it goes, and decide the conflicts it found (never decided silently).
 */
export const syncChannels = {
  'sync:config': { input: none, output: SyncConfig.nullable() },
  'sync:configure': { input: SyncSetup, output: SyncConfig },
  'sync:test': { input: SyncCredentials, output: SyncTestResult },
  'sync:start': { input: SyncCredentials, output: SyncStatus },
  'sync:stop': { input: none, output: SyncStatus },
  /** Stops sync and removes the member's password from memory and the OS's secret store. */
  'sync:forgetPassword': { input: none, output: SyncStatus },
  'sync:status': { input: none, output: SyncStatus },
  'sync:conflicts': { input: none, output: z.array(SyncConflict) },
  'sync:resolve': { input: SyncResolve, output: z.array(SyncConflict) },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
