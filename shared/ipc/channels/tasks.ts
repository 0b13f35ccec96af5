import { z } from 'zod';
import { TaskId } from '../../domain/longTask';

export const taskChannels = {
  /**
   * Asks a running task to stop at its next step. `cancelled` is false when the task is not
   * running (it ended) or has passed the point where it changes the data folder.
   */
  'task:cancel': {
    input: z.object({ taskId: TaskId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
