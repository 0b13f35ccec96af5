import { z } from 'zod';
import { CommitteeInfoV5, MunicipalityV5, SettingsV5, ShortlistEntryV5 } from './frozenRecordsV5';
import { AgreementV7, MemberV7, PartnershipV7 } from '../storedRecordsV7';

/** Version 7 as it was written (frozen for migration 0008): records with revisions and tombstones. */
const Rev = z.int().min(1);
const meta = <const Id extends string>(id: Id) => ({ id: z.literal(id), rev: Rev, updatedAt: z.string() });
const V7_COLLECTIONS = [
  'partnerships',
  'agreements',
  'shortlist',
  'members',
  'settings',
  'municipality',
  'committeeInfo',
] as const;

export const StoreV7 = z.object({
  schemaVersion: z.literal(7),
  revision: z.number().int().min(0),
  partnerships: z.array(PartnershipV7.extend({ rev: Rev })),
  agreements: z.array(AgreementV7.extend({ rev: Rev })),
  shortlist: z.array(ShortlistEntryV5.extend({ rev: Rev })),
  members: z.array(MemberV7.extend({ rev: Rev })),
  settings: z.array(SettingsV5.extend(meta('settings'))).length(1),
  municipality: z.array(MunicipalityV5.extend(meta('municipality'))).max(1),
  committeeInfo: z.array(CommitteeInfoV5.extend(meta('committee'))).max(1),
  tombstones: z.array(
    z.object({ id: z.string().min(1), collection: z.enum(V7_COLLECTIONS), rev: Rev, deletedAt: z.string() }),
  ),
});
export type StoreV7 = z.infer<typeof StoreV7>;
