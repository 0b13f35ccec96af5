import { z } from 'zod';
import { AppStatus } from '../../domain/appStatus';
import { Settings } from '../../domain/settings';

export const none = z.object({}).strict();

export const appChannels = {
  'app:status': { input: none, output: AppStatus },
  'store:startEmpty': { input: none, output: AppStatus },
  /** Takes over a lock left by a process that may no longer run, after the secretary agreed. */
  'store:takeOverLock': { input: none, output: AppStatus },
  /** Opens the sample committee in a folder of its own; the secretary's records stay as they are. */
  'sample:explore': { input: none, output: AppStatus },
  /** Back to the secretary's records; the sample folder is deleted. */
  'sample:leave': { input: none, output: AppStatus },
  'settings:get': { input: none, output: Settings },
  /** A patch: only the fields that change, so two quick changes of different fields both stay. */
  'settings:save': { input: Settings.partial().strict(), output: Settings },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
