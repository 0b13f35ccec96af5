import { describe, expect, it } from 'vitest';
import { suggestedMilestones } from '../../../../../shared/domain/plan/milestones';

const link = (date: string) => ({ signings: [{ date }] });

describe('anniversary milestones suggested for a plan', () => {
  it('suggests the round anniversaries of the first signing that fall in the plan’s years', () => {
    expect(suggestedMilestones(link('2001-06-14'), [2025, 2026, 2027])).toEqual([
      { kind: 'anniversary', year: 2026, years: 25, date: '2026-06-14' },
    ]);
    expect(suggestedMilestones(link('1977-05-01'), [2026, 2027, 2028]).map((m) => m.years)).toEqual([50]);
  });

  it('gives a signing known by its year alone an anniversary by its year alone', () => {
    expect(suggestedMilestones(link('2016'), [2026])).toEqual([
      { kind: 'anniversary', year: 2026, years: 10, date: null },
    ]);
  });

  it('moves 29 February to 28 February in other years and leaves out those the plan already holds', () => {
    expect(suggestedMilestones(link('2004-02-29'), [2029])[0]?.date).toBe('2029-02-28');
    expect(suggestedMilestones(link('2001-06-14'), [2026], [{ kind: 'anniversary', year: 2026 }])).toEqual(
      [],
    );
  });

  it('suggests nothing for a link never signed', () => {
    expect(suggestedMilestones({ signings: [] }, [2026, 2027, 2028])).toEqual([]);
  });
});
