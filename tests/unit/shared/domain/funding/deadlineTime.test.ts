import { describe, expect, it } from 'vitest';
import { FunderDeadline, FunderDeadlineInput } from '../../../../../shared/domain/funding/application';
import { isTimeZone, zonedToUtc } from '../../../../../shared/domain/funding/deadlineTime';

const utc = (date: string, time: string, zone: string) => zonedToUtc(date, time, zone).toISOString();

describe("a funder's deadline at its hour in its own zone", () => {
  it('is 17:00 Brussels time: 15:00 UTC in summer, 16:00 UTC in winter', () => {
    expect(utc('2026-09-23', '17:00', 'Europe/Brussels')).toBe('2026-09-23T15:00:00.000Z');
    expect(utc('2026-01-20', '17:00', 'Europe/Brussels')).toBe('2026-01-20T16:00:00.000Z');
  });

  it('keeps the right hour on the days summer time begins and ends', () => {
    expect(utc('2026-03-29', '17:00', 'Europe/Brussels')).toBe('2026-03-29T15:00:00.000Z');
    expect(utc('2026-10-25', '17:00', 'Europe/Brussels')).toBe('2026-10-25T16:00:00.000Z');
    expect(utc('2026-03-29', '01:30', 'Europe/Brussels')).toBe('2026-03-29T00:30:00.000Z');
  });

  it('works for other zones and across midnight UTC', () => {
    expect(utc('2026-06-01', '00:30', 'Europe/Bucharest')).toBe('2026-05-31T21:30:00.000Z');
    expect(utc('2026-06-01', '12:00', 'UTC')).toBe('2026-06-01T12:00:00.000Z');
  });

  it('refuses a time zone the platform does not know, at the field', () => {
    expect(isTimeZone('Europe/Brussels')).toBe(true);
    expect(isTimeZone('Brussels time')).toBe(false);
    const typed = { date: '2026-09-23', time: '17:00', timeZone: 'Brussels time' };
    const parsed = FunderDeadlineInput.safeParse(typed);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['timeZone'], message: 'unknown_time_zone' });
    // One recorded before zones were checked is still read, so its application still opens.
    expect(FunderDeadline.safeParse(typed).success).toBe(true);
  });
});
