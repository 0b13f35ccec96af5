import { z } from 'zod';
import { ClockTime } from '../activities/activity';
import { Id, IsoDate, Rev, Timestamp, requiredText, text } from '../common';
import { RichDoc } from './richText';

/** A committee member (by id) or a guest (by name); a member who left the committee stays by name. */
export const Attendee = z.object({ memberId: Id.nullable(), name: text(120) });
export type Attendee = z.infer<typeof Attendee>;

export const AgendaItem = z.object({ title: requiredText(300), note: text(2000) });
export type AgendaItem = z.infer<typeof AgendaItem>;

/** What the meeting decided; an action item becomes a task (taskId). */
export const Decision = z.object({ id: Id, text: requiredText(1000), taskId: Id.nullable() });
export type Decision = z.infer<typeof Decision>;

const meetingFields = {
  title: requiredText(200),
  date: IsoDate,
  startTime: ClockTime,
  endTime: ClockTime,
  place: text(300),
  attendees: z.array(Attendee).max(200),
  agenda: z.array(AgendaItem).max(100),
  minutes: RichDoc,
};

export const Meeting = z.object({
  id: Id,
  ...meetingFields,
  decisions: z.array(Decision).max(200),
  createdAt: Timestamp,
});
export type Meeting = z.infer<typeof Meeting>;

export type MeetingIssueCode = 'meeting_ends_before_start' | 'guest_without_name' | 'attendee_twice';

/** The form's rules, each pointing at its field. */
export function meetingIssues(
  m: Pick<Meeting, 'startTime' | 'endTime' | 'attendees'>,
): { code: MeetingIssueCode; path: (string | number)[] }[] {
  const issues: { code: MeetingIssueCode; path: (string | number)[] }[] = [];
  if (m.startTime && m.endTime && m.endTime <= m.startTime)
    issues.push({ code: 'meeting_ends_before_start', path: ['endTime'] });
  const seen = new Set<string>();
  m.attendees.forEach((a, i) => {
    if (a.memberId === null && a.name.trim() === '')
      issues.push({ code: 'guest_without_name', path: ['attendees', i, 'name'] });
    const key = a.memberId ?? `guest:${a.name.trim().toLowerCase()}`;
    if (seen.has(key)) issues.push({ code: 'attendee_twice', path: ['attendees', i] });
    seen.add(key);
  });
  return issues;
}

/**
 * What the meeting form sends. A decision without an id is new; one with an id keeps its task.
 */
export const MeetingDraft = z
  .object({
    id: Id.optional(),
    rev: Rev.optional(),
    ...meetingFields,
    decisions: z.array(z.object({ id: Id.optional(), text: requiredText(1000) }).strict()).max(200),
  })
  .strict()
  .superRefine((m, ctx) => {
    for (const issue of meetingIssues(m))
      ctx.addIssue({ code: 'custom', message: issue.code, path: issue.path });
  });
export type MeetingDraft = z.infer<typeof MeetingDraft>;

export const MeetingRecord = Meeting.extend({ rev: Rev, updatedAt: Timestamp });
export type MeetingRecord = z.infer<typeof MeetingRecord>;
