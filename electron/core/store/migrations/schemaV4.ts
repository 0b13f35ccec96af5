import { z } from 'zod';
import { ShortlistEntryV5 } from './frozenRecordsV5';
import { StoreV3 } from './schemaV3';

/**
 * The store file as schema version 4 wrote it: version 3 plus the shortlist, read with the
 * frozen shortlist shape (unchanged since version 4).
 */
export const StoreV4 = StoreV3.extend({
  schemaVersion: z.literal(4),
  shortlist: z.array(ShortlistEntryV5),
});
export type StoreV4 = z.infer<typeof StoreV4>;
