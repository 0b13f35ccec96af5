import { z } from 'zod';

/** Events the core pushes to the renderer, each with its payload schema. */
export const events = {
  'store:changed': z.object({ revision: z.number().int() }),
} satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
