import { z } from 'zod';
import { AgreementV5 } from './frozenRecordsV5';
import { StoreV2 } from './schemaV2';

/**
 * The store file as schema version 3 wrote it: version 2 plus the agreements, read with the
 * frozen agreement shape (charters have kept that shape since version 3).
 */
export const StoreV3 = StoreV2.extend({
  schemaVersion: z.literal(3),
  agreements: z.array(AgreementV5),
});
export type StoreV3 = z.infer<typeof StoreV3>;
