import { z } from 'zod';
import { StoreV3 } from './schemaV3';

/**
 * The store file as schema version 4 wrote it: version 3 plus the shortlist. The migration
 * to 5 only compacts each partnership's health checklist, so the shortlist is carried over
 * as it is and checked by the current schema once the file is upgraded.
 */
export const StoreV4 = StoreV3.extend({
  schemaVersion: z.literal(4),
  shortlist: z.array(z.unknown()),
});
export type StoreV4 = z.infer<typeof StoreV4>;
