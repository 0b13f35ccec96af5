import { z } from 'zod';
import { Agreement } from '../../../shared/domain/agreement/model';
import { CommitteeProfile } from '../../../shared/domain/committee';
import { Partnership } from '../../../shared/domain/partnership';
import { DEFAULT_DORMANT_AFTER_MONTHS, Settings } from '../../../shared/domain/settings';
import { ShortlistEntry } from '../../../shared/domain/shortlist';

/**
 * The store file as this version of the app writes it. Each later version adds a
 * migration in ./migrations and freezes the schema it upgrades from there.
 */
export const CURRENT_SCHEMA_VERSION = 6;

export const StoreData = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** Incremented on every successful write; lets the UI and tests tell states apart. */
  revision: z.number().int().min(0),
  settings: Settings,
  committee: CommitteeProfile,
  partnerships: z.array(Partnership),
  /** At most one charter per partnership, with its kept versions. */
  agreements: z.array(Agreement),
  /** Candidate partner towns kept from partner search, with notes and a status. */
  shortlist: z.array(ShortlistEntry),
});
export type StoreData = z.infer<typeof StoreData>;

export function emptyStore(): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    revision: 0,
    settings: { locale: null, dormantAfterMonths: DEFAULT_DORMANT_AFTER_MONTHS },
    committee: { municipality: null, committee: null, members: [] },
    partnerships: [],
    agreements: [],
    shortlist: [],
  };
}
