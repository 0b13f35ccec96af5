import { activitiesFromTimeline, becomesActivity } from '../../../../shared/domain/activities/fromTimeline';
import type { Migration } from './index';
import { StoreV7 } from './schemaV7';

/**
 * Version 8 gives the year's work its collections: activities (with participants, host
 * households, placements and local organisations) and money (budget lines, the ledger,
 * co-financing plans, exchange rates), planning (plans, tasks, meetings) and funding
 * (applications, edited programme calls), all empty but for one thing. The visits and exchanges
 * that partnerships kept on their timeline become activities, word for word, and leave the
 * timeline (meetings, letters and other entries stay); a partnership that lost entries gets its
 * next revision, so a sync or an open form sees that it changed.
 */
export const activitiesMigration: Migration = {
  to: 8,
  name: 'activities',
  up(raw, context) {
    const db = StoreV7.parse(raw);
    const stamps = [...db.partnerships.map((p) => p.updatedAt), '1970-01-01T00:00:00.000Z'];
    const asOf = context?.now?.toISOString() ?? stamps.reduce((a, b) => (a > b ? a : b));
    const today = asOf.slice(0, 10);
    const activities = db.partnerships.flatMap((p) =>
      activitiesFromTimeline(p, today, asOf).map((a) => ({
        ...a,
        rev: 1,
        updatedAt: asOf,
      })),
    );
    return {
      ...db,
      schemaVersion: 8,
      partnerships: db.partnerships.map((p) =>
        p.timeline.some(becomesActivity)
          ? { ...p, rev: p.rev + 1, updatedAt: asOf, timeline: p.timeline.filter((e) => !becomesActivity(e)) }
          : p,
      ),
      activities,
      participants: [],
      households: [],
      hostAssignments: [],
      organisations: [],
      budgetLines: [],
      ledger: [],
      cofinancing: [],
      rates: [],
      plans: [],
      tasks: [],
      meetings: [],
      applications: [],
      programmes: [],
    };
  },
};
