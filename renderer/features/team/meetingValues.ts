import type { MeetingDraft, MeetingRecord } from '../../../shared/domain/meetings/meeting';
import { emptyDoc } from '../../../shared/domain/meetings/richText';

/** Rows of the form carry a client-local key so typing never jumps rows. */
export interface MeetingValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  memberIds: string[];
  guests: { key: string; name: string }[];
  agenda: { key: string; title: string; note: string }[];
  minutes: MeetingDraft['minutes'];
  decisions: { key: string; id?: string; text: string }[];
}

let next = 0;
export const rowKey = () => `row-${++next}`;

export function meetingValues(m: MeetingRecord | null): MeetingValues {
  return {
    title: m?.title ?? '',
    date: m?.date ?? '',
    startTime: m?.startTime ?? '',
    endTime: m?.endTime ?? '',
    place: m?.place ?? '',
    memberIds: (m?.attendees ?? []).flatMap((a) => (a.memberId ? [a.memberId] : [])),
    guests: (m?.attendees ?? [])
      .filter((a) => a.memberId === null)
      .map((a) => ({ key: rowKey(), name: a.name })),
    agenda: (m?.agenda ?? []).map((a) => ({ key: rowKey(), ...a })),
    minutes: m?.minutes ?? emptyDoc(),
    decisions: (m?.decisions ?? []).map((d) => ({ key: rowKey(), id: d.id, text: d.text })),
  };
}

export function meetingDraft(v: MeetingValues, m: MeetingRecord | null): MeetingDraft {
  return {
    ...(m ? { id: m.id, rev: m.rev } : {}),
    title: v.title,
    date: v.date,
    startTime: v.startTime,
    endTime: v.endTime,
    place: v.place,
    attendees: [
      ...v.memberIds.map((memberId) => ({ memberId, name: '' })),
      ...v.guests.map((g) => ({ memberId: null, name: g.name })),
    ],
    agenda: v.agenda.map(({ title, note }) => ({ title, note })),
    minutes: v.minutes,
    decisions: v.decisions.map(({ id, text }) => (id ? { id, text } : { text })),
  };
}
