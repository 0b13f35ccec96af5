import { z } from 'zod';
import { StoreV2 } from './schemaV2';

/**
 * The store file as schema version 3 wrote it: version 2 plus the agreements. The
 * migration to 4 only adds the shortlist, so agreements are carried over as they are
 * and checked by the current schema once the file is upgraded.
 */
export const StoreV3 = StoreV2.extend({
  schemaVersion: z.literal(3),
  agreements: z.array(z.unknown()),
});
export type StoreV3 = z.infer<typeof StoreV3>;
