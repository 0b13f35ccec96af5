import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { Year } from '../plan/plan';

/** The furthest apart two years of one timeline can be: a long history, never a runaway request. */
export const MAX_TIMELINE_YEARS = 80;

export const TimelineKind = z.enum(['signing', 'anniversary', 'milestone', 'action', 'activity', 'deadline']);
export type TimelineKind = z.infer<typeof TimelineKind>;

/** Where a click on an item leads: its partnership (its plan), its activity or its application. */
export const TimelineTarget = z.object({
  to: z.enum(['partnership', 'plan', 'activity', 'application']),
  id: Id,
});
export type TimelineTarget = z.infer<typeof TimelineTarget>;

/** One dated thing on a partnership's row. */
export const TimelineItem = z.object({
  /** Unique within the timeline (an activity of two links appears on both rows, once each). */
  key: z.string(),
  kind: TimelineKind,
  title: z.string(),
  /** The day, or null when only the year is known (a plan action, a signing of "1977"). */
  date: IsoDate.nullable(),
  year: Year,
  /** An activity's last day; a deadline's funder day when the internal one comes first. */
  until: IsoDate.nullable(),
  /** The anniversary's years, the action's or activity's status, the funder's programme. */
  detail: z.string(),
  target: TimelineTarget,
});
export type TimelineItem = z.infer<typeof TimelineItem>;

/** A partnership's row; `partnershipId` null for funding not tied to any link's activity. */
export const TimelineRow = z.object({
  partnershipId: Id.nullable(),
  title: z.string(),
  /** Oldest first. */
  items: z.array(TimelineItem),
});
export type TimelineRow = z.infer<typeof TimelineRow>;

const inOrder = <S extends z.ZodType<{ fromYear: number; toYear: number }>>(schema: S) =>
  schema
    .refine((s) => s.toYear >= s.fromYear, { message: 'years_out_of_order', path: ['toYear'] })
    .refine((s) => s.toYear - s.fromYear < MAX_TIMELINE_YEARS, {
      message: 'span_too_long',
      path: ['toYear'],
    });

export const TimelineSpan = inOrder(z.object({ fromYear: Year, toYear: Year }).strict());
export type TimelineSpan = z.infer<typeof TimelineSpan>;

export const TimelineZoom = z.enum(['year', 'quarter', 'month']);

/** What the printed timeline is asked for: the span and zoom on the screen, in the UI language. */
export const TimelineDocumentParams = inOrder(
  z
    .object({ fromYear: Year, toYear: Year, zoom: TimelineZoom, language: z.enum(['en', 'ro', 'fr', 'de']) })
    .strict(),
);

export const Timeline = z.object({
  fromYear: Year,
  toYear: Year,
  rows: z.array(TimelineRow),
  /** The first and last year anything is dated, whatever the span asked: "the whole history". */
  earliestYear: Year.nullable(),
  latestYear: Year.nullable(),
});
export type Timeline = z.infer<typeof Timeline>;
