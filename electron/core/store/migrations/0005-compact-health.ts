import type { Migration } from './index';
import { StoreV4 } from './schemaV4';

/**
 * Version 5 keeps only the health checks that record something (ticked, or with evidence):
 * ten checks per link, mostly empty, were a third of a 30,000-link store and of the time to
 * open it. Nothing is lost: a key not listed reads as not done, with no evidence.
 */
export const compactHealthMigration: Migration = {
  to: 5,
  name: 'compact-health',
  up(raw) {
    const db = StoreV4.parse(raw);
    return {
      ...db,
      schemaVersion: 5,
      partnerships: db.partnerships.map((p) => ({
        ...p,
        health: p.health.filter((c) => c.done || c.evidence.trim() !== ''),
      })),
    };
  },
};
