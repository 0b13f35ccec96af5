import { describe, expect, it } from 'vitest';
import { activityDay, lastActivityDays } from '../../../../../shared/domain/activities/signOfLife';
import { activity } from './fixtures';

describe('which activities show that a link is alive', () => {
  it('counts a held or reported visit from its last day and a planned or confirmed one from its first', () => {
    const dates = { startDate: '2025-06-10', endDate: '2025-06-14' };
    expect(activityDay({ ...dates, status: 'held' })).toBe('2025-06-14');
    expect(activityDay({ ...dates, status: 'reported' })).toBe('2025-06-14');
    expect(activityDay({ ...dates, status: 'planned' })).toBe('2025-06-10');
    expect(activityDay({ ...dates, status: 'confirmed' })).toBe('2025-06-10');
  });

  it('does not count an idea nobody agreed to, nor a cancelled visit', () => {
    const dates = { startDate: '2025-06-10', endDate: '2025-06-14' };
    expect(activityDay({ ...dates, status: 'idea' })).toBeNull();
    expect(activityDay({ ...dates, status: 'cancelled' })).toBeNull();
  });

  it('gives each link the latest day of every activity it belongs to, a network event counting for all its links', () => {
    const days = lastActivityDays([
      activity({
        id: 'a',
        partnershipIds: ['p1'],
        status: 'held',
        startDate: '2024-01-01',
        endDate: '2024-01-03',
      }),
      activity({
        id: 'b',
        partnershipIds: ['p1', 'p2'],
        status: 'held',
        startDate: '2023-05-01',
        endDate: '2023-05-02',
      }),
      activity({
        id: 'c',
        partnershipIds: ['p2'],
        status: 'cancelled',
        startDate: '2026-01-01',
        endDate: '2026-01-01',
      }),
      activity({
        id: 'd',
        partnershipIds: ['p3'],
        status: 'idea',
        startDate: '2026-01-01',
        endDate: '2026-01-01',
      }),
    ]);
    expect(Object.fromEntries(days)).toEqual({ p1: '2024-01-03', p2: '2023-05-02' });
  });
});
