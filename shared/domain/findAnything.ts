import { z } from 'zod';
import { Id } from './common';

/** What the command palette can open: each hit names the record, the screen opens it. */
export const FindHitKind = z.enum(['partnership', 'town', 'person', 'member', 'activity', 'candidate']);
export type FindHitKind = z.infer<typeof FindHitKind>;

export const FindTarget = z.discriminatedUnion('screen', [
  z.object({ screen: z.literal('partnership'), id: Id }),
  z.object({ screen: z.literal('committee') }),
  z.object({ screen: z.literal('activity'), id: Id }),
  z.object({ screen: z.literal('discovery') }),
]);
export type FindTarget = z.infer<typeof FindTarget>;

export const FindHit = z.object({
  kind: FindHitKind,
  /** The name as recorded, e.g. "Ornans" or "Hélène Fournier". */
  label: z.string(),
  /** Where it belongs, e.g. the partnership of a contact, a town's country. */
  detail: z.string(),
  target: FindTarget,
});
export type FindHit = z.infer<typeof FindHit>;

export const FIND_MIN_CHARS = 2;
export const FIND_MAX_HITS = 30;
