import { z } from 'zod';
import { Id, IsoDate, LanguageCode, Rev, Timestamp, requiredText, text } from '../common';
import { Theme } from '../partnership';

export const ActivityKind = z.enum([
  'officialVisit',
  'citizensExchange',
  'youthExchange',
  'schoolExchange',
  'cultureOrSportEvent',
  'conference',
  'onlineMeeting',
]);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const ActivityStatus = z.enum(['idea', 'planned', 'confirmed', 'held', 'reported', 'cancelled']);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

export const ActivityStatusChange = z.object({ status: ActivityStatus, date: IsoDate, note: text(1000) });
export type ActivityStatusChange = z.infer<typeof ActivityStatusChange>;

/** "" when the item has no set time (a free afternoon). */
export const ClockTime = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d)?$/, { message: 'invalid_time' });

export const ProgrammeItem = z.object({
  time: ClockTime,
  title: requiredText(200),
  place: text(200),
  note: text(1000),
});
export type ProgrammeItem = z.infer<typeof ProgrammeItem>;

export const ProgrammeDay = z.object({ date: IsoDate, items: z.array(ProgrammeItem).max(40) });
export type ProgrammeDay = z.infer<typeof ProgrammeDay>;

/** Key 3 and 7: a theme is claimed only with a sentence on how the activity serves it. */
export const ActivityTheme = z.object({ theme: Theme, how: requiredText(500) });
export type ActivityTheme = z.infer<typeof ActivityTheme>;

export const Venue = z.object({ name: text(200), address: text(300) });
export type Venue = z.infer<typeof Venue>;

/** 'home' is the committee's own town; otherwise the id of a partner town of one of the partnerships. */
export const ActivityHost = z.union([z.literal('home'), Id]);

const activityFields = {
  title: requiredText(200),
  kind: ActivityKind,
  /** A network event joins several links. */
  partnershipIds: z.array(Id).min(1).max(50),
  /** null when not yet known (an idea, or a visit moved over from the old timeline). */
  host: ActivityHost.nullable(),
  venue: Venue,
  startDate: IsoDate,
  endDate: IsoDate,
  programme: z.array(ProgrammeDay).max(60),
  languages: z.array(LanguageCode).max(10),
  themes: z.array(ActivityTheme).max(Theme.options.length),
  organisationIds: z.array(Id).max(100),
  notes: text(10_000),
};

/**
 * The stored activity. Deliberately without the form's cross-field rules: tightening a
 * rule later must not mark an old store as damaged (those rules live on the draft).
 */
export const Activity = z.object({
  id: Id,
  ...activityFields,
  status: ActivityStatus,
  /** Oldest first; the last entry is the current status. */
  statusHistory: z.array(ActivityStatusChange).min(1),
  createdAt: Timestamp,
});
export type Activity = z.infer<typeof Activity>;

export type ActivityIssueCode =
  | 'end_before_start'
  | 'day_outside_dates'
  | 'day_twice'
  | 'theme_twice'
  | 'partnership_twice'
  | 'organisation_twice';

type DraftShape = Pick<
  Activity,
  'startDate' | 'endDate' | 'programme' | 'themes' | 'partnershipIds' | 'organisationIds'
>;

/** The rules a form must meet, each with the path of the field to point the secretary to. */
export function activityIssues(a: DraftShape): { code: ActivityIssueCode; path: (string | number)[] }[] {
  const issues: { code: ActivityIssueCode; path: (string | number)[] }[] = [];
  if (a.endDate < a.startDate) issues.push({ code: 'end_before_start', path: ['endDate'] });
  const days = new Set<string>();
  a.programme.forEach((day, i) => {
    if (day.date < a.startDate || day.date > a.endDate)
      issues.push({ code: 'day_outside_dates', path: ['programme', i, 'date'] });
    if (days.has(day.date)) issues.push({ code: 'day_twice', path: ['programme', i, 'date'] });
    days.add(day.date);
  });
  const twice = <T>(values: readonly T[], code: ActivityIssueCode, field: string) => {
    const seen = new Set<T>();
    values.forEach((v, i) => {
      if (seen.has(v)) issues.push({ code, path: [field, i] });
      seen.add(v);
    });
  };
  twice(
    a.themes.map((t) => t.theme),
    'theme_twice',
    'themes',
  );
  twice(a.partnershipIds, 'partnership_twice', 'partnershipIds');
  twice(a.organisationIds, 'organisation_twice', 'organisationIds');
  return issues;
}

/**
 * What a form sends. `id` names an existing activity to edit (with `rev`, the revision the
 * edit was based on); a new one gets its id from the core. `status` is only read when creating (idea or planned); later changes go through
 * the status channel so the dated history stays complete.
 */
export const ActivityDraft = z
  .object({
    id: Id.optional(),
    rev: Rev.optional(),
    ...activityFields,
    status: z.enum(['idea', 'planned']).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    for (const issue of activityIssues(a))
      ctx.addIssue({ code: 'custom', message: issue.code, path: issue.path });
  });
export type ActivityDraft = z.infer<typeof ActivityDraft>;

/** Creates or edits an activity from a checked draft; the core supplies the id and the clock. */
export function activityFromDraft(
  draft: ActivityDraft,
  ctx: { existing: Activity | null; newId: () => string; now: string },
): Activity {
  const { id: _id, rev: _rev, status, ...fields } = draft;
  if (ctx.existing) return { ...ctx.existing, ...fields };
  const first = status ?? 'idea';
  return {
    id: ctx.newId(),
    ...fields,
    status: first,
    statusHistory: [{ status: first, date: ctx.now.slice(0, 10), note: '' }],
    createdAt: ctx.now,
  };
}

/** Programme days in date order, so lists and documents never depend on the order typed. */
export function sortedProgramme(programme: readonly ProgrammeDay[]): ProgrammeDay[] {
  return [...programme]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((d) => ({
      ...d,
      items: [...d.items].sort((x, y) => (x.time || '99:99').localeCompare(y.time || '99:99')),
    }));
}
