import { describe, expect, it } from 'vitest';
import {
  monthSpan,
  readQuery,
  requestOf,
  shiftMonth,
  writeQuery,
} from '../../../../../renderer/features/activities/activityQuery';

const today = new Date(2026, 4, 9);

describe('the Activities address', () => {
  it('keeps the view, the month and every filter, and reads back what it wrote', () => {
    const params = new URLSearchParams(
      'view=calendar&month=2026-07&q=camp&status=planned&kind=youthExchange&partnership=p1',
    );
    const query = readQuery(params, today);
    expect(query).toEqual({
      view: 'calendar',
      month: '2026-07',
      filter: { status: 'planned', kind: 'youthExchange', partnershipId: 'p1', text: 'camp' },
    });
    expect(readQuery(writeQuery(query, today), today)).toEqual(query);
  });

  it('ignores values it does not know, so an old bookmark opens the list of this month', () => {
    const query = readQuery(new URLSearchParams('view=map&month=2026-13&status=lost&from=soon'), today);
    expect(query).toEqual({ view: 'list', month: '2026-05', filter: {} });
    expect(writeQuery(query, today).toString()).toBe('');
  });

  it('asks the core for the whole month the calendar shows, in place of the list dates', () => {
    const query = readQuery(new URLSearchParams('view=calendar&month=2028-02&from=2020-01-01'), today);
    expect(requestOf(query)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthSpan('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });
});
