import { z } from 'zod';

/**
 * A long task the window follows and may cancel (a hand-over, an import). The window names it
 * with an id of its own choosing: the id only pairs progress events with the call that started
 * them, it is never stored.
 */
export const TaskId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, { message: 'task_id' });

/**
 * What the task is doing now: packing files into an archive, checking them, adding them
 * here; reading the rows of a file to import; printing the documents of a batch; gathering the
 * records for a sync file, merging those of a sync file.
 */
export const TaskPhase = z.enum(['pack', 'check', 'install', 'read', 'print', 'gather', 'merge']);
export type TaskPhase = z.infer<typeof TaskPhase>;

export const TaskProgress = z.object({
  taskId: TaskId,
  phase: TaskPhase,
  done: z.int().min(0),
  total: z.int().min(0),
  /** False once the task has begun to change the data folder: from then on it finishes. */
  cancellable: z.boolean(),
});
export type TaskProgress = z.infer<typeof TaskProgress>;
