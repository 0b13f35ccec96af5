import { z } from 'zod';
import { AppStatus } from '../../domain/appStatus';
import { Settings } from '../../domain/settings';

export const none = z.object({}).strict();

export const appChannels = {
  'app:status': { input: none, output: AppStatus },
  'store:startEmpty': { input: none, output: AppStatus },
  /** Takes over a lock left by a process that may no longer run, after the secretary agreed. */
  'store:takeOverLock': { input: none, output: AppStatus },
  'settings:get': { input: none, output: Settings },
  'settings:save': { input: Settings.strict(), output: Settings },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
