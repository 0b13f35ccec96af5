import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/activities/activity';
import type { Partnership } from '../../../../shared/domain/partnership';
import { carryViews, sortedSummaries } from '../../../../electron/core/registry/partnershipIndex';
import { generatePartnerships } from '../../../fixtures/generatePartnerships';
import { activity } from '../../shared/domain/activities/fixtures';

const TODAY = '2026-05-09';

/** Links with nothing recorded but their status, so only activities can keep them alive. */
function silentLinks(): Partnership[] {
  return generatePartnerships(5).map((p) => ({
    ...p,
    status: 'active',
    statusHistory: [{ status: 'active', date: '2001-01-01', note: '', entered: true }],
    timeline: [],
    signings: [],
    resolutions: [],
    objectives: [],
  }));
}

describe('the registry view counts activities as signs of life', () => {
  it('marks a link quiet until an activity held with it is recorded, and updates only after the commit that adds it', () => {
    const partnerships = silentLinks();
    const target = partnerships[2]!;
    const before = { partnerships, activities: [] as Activity[] };
    const quiet = (source: typeof before) =>
      sortedSummaries(source, 24, TODAY)
        .filter((r) => r.summary.dormant)
        .map((r) => r.summary.id);
    expect(quiet(before)).toHaveLength(5);

    const held = activity({
      id: 'visit',
      partnershipIds: [target.id],
      status: 'held',
      startDate: '2026-03-01',
      endDate: '2026-03-04',
    });
    const after = { partnerships: [...partnerships], activities: [held] };
    carryViews(before, after, [{ collection: 'activities', id: 'visit', rev: 1, op: 'put' }]);
    const row = sortedSummaries(after, 24, TODAY).find((r) => r.summary.id === target.id);
    expect(row?.summary).toMatchObject({ dormant: false, lastActivity: '2026-03-04' });
    expect(quiet(after)).toHaveLength(4);

    const removed = { partnerships: after.partnerships, activities: [] as Activity[] };
    carryViews(after, removed, [{ collection: 'activities', id: 'visit', rev: 2, op: 'remove' }]);
    expect(quiet(removed)).toHaveLength(5);
  });
});

describe('the registry view carried over after an edit', () => {
  it('equals the view built afresh, whatever links were renamed, added or removed', () => {
    let partnerships = generatePartnerships(400, 3);
    const source = () => ({ partnerships, activities: [] as Activity[] });
    let current = source();
    sortedSummaries(current, 24, TODAY);
    for (let step = 0; step < 60; step++) {
      const before = current;
      const at = (step * 37) % partnerships.length;
      const target = partnerships[at]!;
      const renamed: Partnership = {
        ...target,
        partners: target.partners.map((t, i) =>
          i === 0 ? { ...t, place: { ...t.place, name: `Z${step} ${t.place.name}` } } : t,
        ),
      };
      const op = step % 3;
      partnerships =
        op === 0
          ? partnerships.map((p, i) => (i === at ? renamed : p))
          : op === 1
            ? [...partnerships, { ...renamed, id: `new-${step}` }]
            : partnerships.filter((_, i) => i !== at);
      const id = op === 1 ? `new-${step}` : target.id;
      current = source();
      carryViews(before, current, [
        { collection: 'partnerships', id, rev: 2, op: op === 2 ? 'remove' : 'put' },
      ]);
      const carried = sortedSummaries(current, 24, TODAY).map((r) => r.summary.id);
      const fresh = sortedSummaries({ partnerships: [...partnerships], activities: [] }, 24, TODAY).map(
        (r) => r.summary.id,
      );
      expect(carried).toEqual(fresh);
    }
  });
});
