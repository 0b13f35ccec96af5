import { z } from 'zod';
import { TaskProgress } from '../domain/longTask';
import { SyncStatus } from '../domain/sync';

/** One record that changed: which, its revision now, and whether it was written or deleted. */
export const RecordChange = z.object({
  collection: z.string(),
  id: z.string(),
  rev: z.int(),
  op: z.enum(['put', 'remove']),
});
export type RecordChange = z.infer<typeof RecordChange>;

/** Events the core pushes to the renderer, each with its payload schema. */
export const events = {
  /**
   * After every commit: what changed, so each slice refreshes only that. `reset` says the
   * whole store was replaced (a restore, a hand-over, recovery): every slice reloads.
   */
  'store:changed': z.object({
    revision: z.number().int(),
    changes: z.array(RecordChange),
    reset: z.boolean(),
  }),
  /** How far a long task has come (at most a few times a second), for its progress bar. */
  'task:progress': TaskProgress,
  /**
   * Sync's status changed (replication went idle or offline, a change is waiting to be sent, a
   * conflict arrived or was decided): the window shows it without asking `sync:status` again.
   */
  'sync:changed': SyncStatus,
} satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
