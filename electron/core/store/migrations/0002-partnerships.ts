import { DEFAULT_DORMANT_AFTER_MONTHS } from '../../../../shared/domain/settings';
import type { Migration } from './index';
import { StoreV1 } from './schemaV1';

/** Version 2 adds the partnerships registry and the dormancy threshold (months without activity). */
export const partnershipsMigration: Migration = {
  to: 2,
  name: 'partnerships',
  up(raw) {
    const db = StoreV1.parse(raw);
    return {
      ...db,
      schemaVersion: 2,
      settings: { ...db.settings, dormantAfterMonths: DEFAULT_DORMANT_AFTER_MONTHS },
      partnerships: [],
    };
  },
};
