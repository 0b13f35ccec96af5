import { describe, expect, it } from 'vitest';
import { book, entries, lines } from '../../../../../electron/core/money/sampleBudget';
import { BudgetLine } from '../../../../../shared/domain/budget/model';
import { packCosts, packOffered, packParticipants } from '../../../../../shared/domain/funding/reportingPack';

type P = Parameters<typeof packParticipants>[0][number]['participants'][number];
const person = (over: Partial<P>): P => ({
  town: 'Sibiu',
  country: 'RO',
  origin: 'local',
  ageBand: null,
  birthYear: null,
  registration: 'attended',
  ...over,
});

describe('the reporting pack counts the project as the final report prints it', () => {
  const first = {
    startDate: '2027-06-10',
    participants: [
      person({ origin: 'invited', town: 'Landshut', country: 'DE', birthYear: 2005 }),
      person({ origin: 'invited', town: 'LANDSHUT ', country: 'DE', ageBand: 'over30' }),
      person({ origin: 'invited', town: 'Dijon', country: 'FR', ageBand: 'under18' }),
      person({ origin: 'invited', town: 'Dijon', country: 'FR', registration: 'cancelled' }),
      person({ birthYear: 1960 }),
      person({}),
    ],
  };
  const second = {
    startDate: '2027-09-01',
    participants: [
      person({ origin: 'invited', town: 'landshut', country: 'DE', ageBand: 'from18to30' }),
      person({ origin: 'invited', town: 'Pécs', country: 'HU' }),
    ],
  };
  const { perActivity, project } = packParticipants([first, second]);

  it('counts each activity on its own and leaves cancelled registrations out', () => {
    expect(perActivity.map((c) => [c.total, c.invited, c.local])).toEqual([
      [5, 3, 2],
      [2, 2, 0],
    ]);
  });

  it('sums the people per country over all activities, largest first', () => {
    expect(project.byCountry).toEqual([
      { country: 'DE', count: 3 },
      { country: 'RO', count: 2 },
      { country: 'FR', count: 1 },
      { country: 'HU', count: 1 },
    ]);
    expect(project).toMatchObject({ total: 7, invited: 5, local: 2 });
  });

  it('joins one invited town met in two activities, however its name was typed', () => {
    expect(project.byInvitedTown).toEqual([
      { town: 'Landshut', country: 'DE', count: 3 },
      { town: 'Dijon', country: 'FR', count: 1 },
      { town: 'Pécs', country: 'HU', count: 1 },
    ]);
  });

  it('gives the youth share of those whose age is known, the under-18s among the under-30s', () => {
    // Known: 2005 (22), over30, under18, 1960, from18to30 → 5 known, 3 under 30.
    expect(project.youth).toEqual({ under18: 1, under30: 3, ageKnown: 5, share: 0.6 });
  });

  it('gives a youth share of nothing, not a division by zero, when no age is known', () => {
    expect(
      packParticipants([{ startDate: '2027-01-01', participants: [person({})] }]).project.youth.share,
    ).toBe(0);
  });
});

describe('the reporting pack sets the costs against the budget', () => {
  it("takes only the application's activities, over every year, in the programme's currency", () => {
    const extra = BudgetLine.parse({
      id: 'l-2027',
      year: 2027,
      activityId: 'youth',
      category: 'travel',
      planned: { amount: 10000, currency: 'EUR' },
    });
    const costs = packCosts([...lines, extra], entries, ['youth'], 'EUR', book());
    // The committee's own protocol line (no activity) is not the project's.
    expect(costs.byCategory.map((r) => r.category)).not.toContain('protocol');
    expect(costs.byCategory.find((r) => r.category === 'travel')?.planned.amount).toBe(310000);
    expect(costs.total.planned.amount).toBe(costs.byCategory.reduce((s, r) => s + r.planned.amount, 0));
    expect(costs.total.actual.amount).toBe(costs.byCategory.reduce((s, r) => s + r.actual.amount, 0));
    expect(costs.unconverted).toBe(1);
    expect(costs.currency).toBe('EUR');
  });

  it('is empty for an application whose activities have no budget', () => {
    const costs = packCosts(lines, entries, ['other'], 'EUR', book());
    expect(costs.byCategory).toEqual([]);
    expect(costs.total.planned.amount).toBe(0);
  });
});

describe('the reporting pack is offered once the grant is given', () => {
  it('from the award to the report, never before or after', () => {
    expect(packOffered('awarded') && packOffered('contracted') && packOffered('reporting')).toBe(true);
    for (const s of ['idea', 'drafting', 'submitted', 'rejected', 'closed'] as const)
      expect(packOffered(s)).toBe(false);
  });
});
