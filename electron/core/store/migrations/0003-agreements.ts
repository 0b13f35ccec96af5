import type { Migration } from './index';
import { StoreV2 } from './schemaV2';

/** Version 3 adds the partnership agreements (charters), none at first. */
export const agreementsMigration: Migration = {
  to: 3,
  name: 'agreements',
  up(raw) {
    const db = StoreV2.parse(raw);
    return { ...db, schemaVersion: 3, agreements: [] };
  },
};
