import type { Migration } from './index';
import { StoreV3 } from './schemaV3';

/** Version 4 adds the shortlist of candidate partner towns (partner search, key 1), empty at first. */
export const shortlistMigration: Migration = {
  to: 4,
  name: 'shortlist',
  up(raw) {
    const db = StoreV3.parse(raw);
    return { ...db, schemaVersion: 4, shortlist: [] };
  },
};
