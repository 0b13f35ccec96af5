import { describe, expect, it } from 'vitest';
import { lastActivityEnds } from '../../../../../shared/domain/activities/linkActivity';

describe("a link's latest activity", () => {
  it('is the last day of its latest activity, a network event counting for each of its links', () => {
    const ends = lastActivityEnds([
      { partnershipIds: ['p1'], endDate: '2026-04-20', status: 'held' },
      { partnershipIds: ['p1', 'p2'], endDate: '2026-06-12', status: 'planned' },
      { partnershipIds: ['p2'], endDate: '2025-01-01', status: 'reported' },
    ]);
    expect(Object.fromEntries(ends)).toEqual({ p1: '2026-06-12', p2: '2026-06-12' });
  });

  it('leaves out what was cancelled', () => {
    expect(
      lastActivityEnds([{ partnershipIds: ['p1'], endDate: '2026-06-12', status: 'cancelled' }]).size,
    ).toBe(0);
  });
});
