import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingIssues } from '../../../../../shared/domain/meetings/meeting';

const errors = (lang: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../../../renderer/i18n/locales/${lang}/errors.json`, import.meta.url),
      'utf8',
    ),
  ) as { field: Record<string, string> };

describe('a meeting that ends before it starts', () => {
  it('points at the end time with a code of its own, not the activities’ “last day” one', () => {
    const issues = meetingIssues({ startTime: '18:00', endTime: '17:00', attendees: [] });
    expect(issues).toEqual([{ code: 'meeting_ends_before_start', path: ['endTime'] }]);
  });

  it('says so in hours, in the four languages', () => {
    expect(errors('en').field.meeting_ends_before_start).toBe(
      'The meeting cannot end before it starts. Check the hours.',
    );
    for (const lang of ['ro', 'fr', 'de']) {
      const words = errors(lang).field.meeting_ends_before_start;
      expect(words).toBeTruthy();
      expect(words).not.toBe(errors(lang).field.end_before_start);
    }
  });

  it('accepts a meeting without hours or one that ends after it starts', () => {
    expect(meetingIssues({ startTime: '', endTime: '', attendees: [] })).toEqual([]);
    expect(meetingIssues({ startTime: '18:00', endTime: '20:00', attendees: [] })).toEqual([]);
  });
});
