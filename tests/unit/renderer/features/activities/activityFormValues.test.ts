import { describe, expect, it } from 'vitest';
import { ActivityDraft } from '../../../../../shared/domain/activities/activity';
import {
  emptyItem,
  nextDay,
  toDraft,
  toValues,
} from '../../../../../renderer/features/activities/activityFormValues';

describe('the activity form values', () => {
  it('starts a new activity on the partnership it was opened from', () => {
    expect(toValues(null, 'p-landshut').partnershipIds).toEqual(['p-landshut']);
  });

  it('adds each new programme day on the day after the last one', () => {
    const values = { ...toValues(null), startDate: '2027-06-10', endDate: '2027-06-12' };
    const first = nextDay(values);
    expect(first.date).toBe('2027-06-10');
    expect(nextDay({ ...values, days: [first] }).date).toBe('2027-06-11');
  });

  it('sends a draft the shared schema accepts, and points a missing item title to its field', () => {
    const values = {
      ...toValues(null, 'p1'),
      title: '  Summer camp ',
      kind: 'youthExchange',
      startDate: '2027-06-10',
      endDate: '2027-06-11',
      days: [{ key: 'd', date: '2027-06-11', items: [{ ...emptyItem(), title: 'Hike', time: '09:00' }] }],
      themes: [{ key: 't', theme: 'youth', how: 'Run by the youth council.' }],
    };
    const parsed = ActivityDraft.safeParse(toDraft(values, null));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.title).toBe('Summer camp');
    const missing = { ...values, days: [{ key: 'd', date: '2027-06-11', items: [emptyItem()] }] };
    const failed = ActivityDraft.safeParse(toDraft(missing, null));
    expect(failed.error?.issues.map((i) => i.path.join('.'))).toEqual(['programme.0.items.0.title']);
  });
});
