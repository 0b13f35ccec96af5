import { describe, expect, it } from 'vitest';
import type { Plan, PlanAction } from '../../../../../shared/domain/plan/plan';
import { compareYears, reviewPlan } from '../../../../../shared/domain/plan/rollover';

const action = (id: string, year: number, status: PlanAction['status']): PlanAction => ({
  id,
  title: `Action ${id}`,
  year,
  objectiveIds: [],
  activityIds: [],
  ownerId: null,
  status,
  note: '',
  formerOwner: '',
  carried: 0,
});

const plan: Plan = {
  id: 'p',
  partnershipId: 'l',
  firstYear: 2026,
  actions: [
    action('a', 2026, 'done'),
    action('b', 2026, 'inProgress'),
    action('c', 2026, 'agreed'),
    action('d', 2027, 'proposed'),
  ],
  milestones: [],
  reviews: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};

const draft = {
  meetingDate: '2026-11-20',
  memberIds: [],
  guests: 'Mayor of Ornans',
  done: 'The youth exchange.',
  notes: '',
  carryIds: ['b'],
};

describe('the yearly review of a rolling plan', () => {
  it('closes the first year, carries the chosen open actions, drops the rest and opens a new third year', () => {
    const result = reviewPlan(plan, draft, { id: 'r1', today: '2026-12-01' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.firstYear).toBe(2027);
    expect(result.review.openedYear).toBe(2029);
    const byId = new Map(result.plan.actions.map((a) => [a.id, a]));
    expect(byId.get('a')).toMatchObject({ year: 2026, status: 'done' });
    expect(byId.get('b')).toMatchObject({ year: 2027, status: 'inProgress', carried: 1 });
    expect(byId.get('c')).toMatchObject({ year: 2026, status: 'dropped' });
    expect(byId.get('d')).toMatchObject({ year: 2027, status: 'proposed' });
    expect(result.review.actions.map((a) => [a.actionId, a.outcome])).toEqual([
      ['a', 'done'],
      ['b', 'carried'],
      ['c', 'dropped'],
    ]);
  });

  it('refuses a meeting dated outside the closed year and the next, or in the future', () => {
    expect(
      reviewPlan(plan, { ...draft, meetingDate: '2025-12-01' }, { id: 'r', today: '2026-12-01' }),
    ).toMatchObject({
      ok: false,
      reason: 'date_outside_year',
      path: 'meetingDate',
    });
    expect(reviewPlan(plan, draft, { id: 'r', today: '2026-11-01' })).toMatchObject({
      ok: false,
      reason: 'date_in_future',
    });
  });

  it('refuses to carry an action that is done or of another year', () => {
    expect(reviewPlan(plan, { ...draft, carryIds: ['a'] }, { id: 'r', today: '2026-12-01' })).toMatchObject({
      ok: false,
      reason: 'unknown_action',
    });
    expect(reviewPlan(plan, { ...draft, carryIds: ['d'] }, { id: 'r', today: '2026-12-01' })).toMatchObject({
      ok: false,
    });
  });

  it('compares years: a reviewed year as the review left it, the years ahead as they stand', () => {
    const result = reviewPlan(plan, draft, { id: 'r1', today: '2026-12-01' });
    if (!result.ok) throw new Error(result.reason);
    const rows = compareYears(result.plan);
    expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029]);
    expect(rows[0]).toMatchObject({ planned: 3, done: 1, carried: 1, dropped: 1, reviewedOn: '2026-11-20' });
    expect(rows[1]).toMatchObject({ planned: 2, open: 2, reviewedOn: null });
  });
});
