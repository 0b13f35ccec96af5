import type { Migration } from './index';
import { StoreV6 } from './schemaV6';

/**
 * Version 7 stores records: every record carries its revision (`rev`, 1 for what existed
 * before), the singletons (settings, the municipality, the committee) become records with
 * fixed ids, committee members a collection of their own, and deletions are remembered as
 * tombstones. It also repairs what older versions let through: a shortlist mark pointing to
 * a deleted partnership is detached (and no longer "chosen"), and a second charter of one
 * partnership, which a race could create, is dropped in favour of the one edited last.
 */
export const recordsMigration: Migration = {
  to: 7,
  name: 'records',
  up(raw) {
    const db = StoreV6.parse(raw);
    // Older files have no clock of their own; the newest record stamp is a fair "as of".
    const stamps = [
      ...db.partnerships.map((p) => p.updatedAt),
      ...db.committee.members.map((m) => m.updatedAt),
      '1970-01-01T00:00:00.000Z',
    ];
    const asOf = stamps.reduce((a, b) => (a > b ? a : b));
    const partnershipIds = new Set(db.partnerships.map((p) => p.id));
    const charters = new Map<string, (typeof db.agreements)[number]>();
    for (const a of db.agreements) {
      if (!partnershipIds.has(a.partnershipId)) continue;
      const kept = charters.get(a.partnershipId);
      if (!kept || kept.updatedAt < a.updatedAt) charters.set(a.partnershipId, a);
    }
    const { municipality, committee, members } = db.committee;
    return {
      schemaVersion: 7,
      revision: db.revision,
      partnerships: db.partnerships.map((p) => ({ ...p, rev: 1 })),
      agreements: [...charters.values()].map((a) => ({ ...a, rev: 1 })),
      shortlist: db.shortlist.map((e) =>
        e.partnershipId === null || partnershipIds.has(e.partnershipId)
          ? { ...e, rev: 1 }
          : { ...e, partnershipId: null, status: e.status === 'chosen' ? 'considering' : e.status, rev: 1 },
      ),
      members: members.map((m) => ({ ...m, rev: 1 })),
      settings: [{ ...db.settings, id: 'settings', rev: 1, updatedAt: asOf }],
      municipality: municipality ? [{ ...municipality, id: 'municipality', rev: 1, updatedAt: asOf }] : [],
      committeeInfo: committee ? [{ ...committee, id: 'committee', rev: 1, updatedAt: asOf }] : [],
      tombstones: [],
    };
  },
};
