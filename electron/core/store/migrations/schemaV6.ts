import { z } from 'zod';
import {
  AgreementV5,
  CommitteeInfoV5,
  MemberV5,
  MunicipalityV5,
  PartnershipV5,
  SettingsV5,
  ShortlistEntryV5,
} from './frozenRecordsV5';

/**
 * The store file as schema version 6 wrote it: the shape of version 5 (one document with
 * arrays and the committee profile nested), frozen. Version 6 itself only renamed image
 * references (migration 0006, on the safety branch); the records did not change shape.
 */
export const StoreV6 = z.object({
  schemaVersion: z.literal(6),
  revision: z.number().int().min(0),
  settings: SettingsV5,
  committee: z.object({
    municipality: MunicipalityV5.nullable(),
    committee: CommitteeInfoV5.nullable(),
    members: z.array(MemberV5),
  }),
  partnerships: z.array(PartnershipV5),
  agreements: z.array(AgreementV5),
  shortlist: z.array(ShortlistEntryV5),
});
export type StoreV6 = z.infer<typeof StoreV6>;
