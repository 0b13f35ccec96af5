import { z } from 'zod';
import { CountryCode, Id, IsoDate, Timestamp, requiredText, text } from '../common';
import { Money } from '../money';
import { isTimeZone } from './deadlineTime';
import { ApplicantKind } from './programme';

/** An application's life, as grant trackers keep it (applied → decided → granted → paid → reported). */
export const ApplicationStatus = z.enum([
  'idea',
  'drafting',
  'submitted',
  'awarded',
  'rejected',
  'contracted',
  'reporting',
  'closed',
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** Which statuses may follow each one; a step back (a draft shelved) is allowed where it makes sense. */
export const NEXT_STATUSES: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  idea: ['drafting', 'closed'],
  drafting: ['idea', 'submitted', 'closed'],
  submitted: ['awarded', 'rejected'],
  awarded: ['contracted', 'closed'],
  rejected: ['closed', 'drafting'],
  contracted: ['reporting'],
  reporting: ['closed'],
  closed: [],
};

/** Whether a step goes back in the lifecycle (a draft shelved as an idea, a refusal drafted again). */
export const isStepBack = (from: ApplicationStatus, to: ApplicationStatus): boolean =>
  ApplicationStatus.options.indexOf(to) < ApplicationStatus.options.indexOf(from);

/** The steps an application may take next, forward ones first and a step back last. */
export const nextSteps = (from: ApplicationStatus): ApplicationStatus[] => [
  ...NEXT_STATUSES[from].filter((to) => !isStepBack(from, to)),
  ...NEXT_STATUSES[from].filter((to) => isStepBack(from, to)),
];

export const ApplicationStatusChange = z.object({
  status: ApplicationStatus,
  date: IsoDate,
  note: text(1000),
});
export type ApplicationStatusChange = z.infer<typeof ApplicationStatusChange>;

export const Applicant = z.object({
  name: requiredText(160),
  country: CountryCode.nullable(),
  kind: ApplicantKind,
  lead: z.boolean(),
});
export type Applicant = z.infer<typeof Applicant>;

/** The programme version an application is checked against: shipped, or a secretary's edited record. */
export const ProgrammeRef = z.object({
  programmeId: z.string().min(1).max(60),
  callYear: z.int().min(2000).max(2100),
  /** The edited programme's record id; null for the shipped file. */
  recordId: Id.nullable(),
});
export type ProgrammeRef = z.infer<typeof ProgrammeRef>;

export const FunderDeadline = z.object({
  date: IsoDate,
  time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid_time' }),
  timeZone: z.string().min(1).max(60),
});
/** What the form sends: the zone must be one the platform knows. A stored one is read as it is. */
export const FunderDeadlineInput = FunderDeadline.extend({
  timeZone: FunderDeadline.shape.timeZone.refine(isTimeZone, { message: 'unknown_time_zone' }),
});
export type FunderDeadline = z.infer<typeof FunderDeadline>;

export const ChecklistItem = z.object({
  documentId: z.string().min(1).max(60),
  done: z.boolean(),
  /** The attachment store's name of the file kept for it, and the name it was given. */
  attachment: z.string().max(200).nullable(),
  fileName: text(255),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ApplicationAmounts = z.object({
  requested: Money.nullable(),
  awarded: Money.nullable(),
  advanced: Money.nullable(),
  paid: Money.nullable(),
});
export type ApplicationAmounts = z.infer<typeof ApplicationAmounts>;

export const StoredRuleResult = z.object({
  ruleId: z.string(),
  kind: z.string(),
  outcome: z.enum(['pass', 'fail', 'unknown']),
  reason: z.string(),
  figures: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  source: z.object({ title: z.string(), url: z.string() }),
  checked: z.string(),
  activityId: z.string().nullable(),
});

/** The last eligibility check, with the programme version it used (its revision, for an edited one). */
export const EligibilityCheck = z.object({
  at: Timestamp,
  programme: ProgrammeRef,
  programmeRev: z.int().min(1).nullable(),
  outcome: z.enum(['pass', 'fail', 'unknown']),
  results: z.array(StoredRuleResult),
});
export type EligibilityCheck = z.infer<typeof EligibilityCheck>;

const applicationFields = {
  title: requiredText(200),
  programme: ProgrammeRef,
  activityIds: z.array(Id).max(60),
  applicants: z.array(Applicant).max(60),
  projectStart: IsoDate.nullable(),
  projectEnd: IsoDate.nullable(),
  deadline: FunderDeadline.nullable(),
  /** The internal deadline comes this many days before the funder's. */
  internalDaysBefore: z.int().min(0).max(120),
  checklist: z.array(ChecklistItem).max(60),
  amounts: ApplicationAmounts,
  plannedCosts: Money.nullable(),
  notes: text(4000),
};

export const Application = z.object({
  id: Id,
  ...applicationFields,
  /** programme.programmeId again, where the stored shape of version 8 looks for it. */
  programmeId: z.string().min(1).max(60),
  status: ApplicationStatus,
  /** Oldest first; the last is the current status. */
  history: z.array(ApplicationStatusChange).min(1),
  lastCheck: EligibilityCheck.nullable(),
  createdAt: Timestamp,
});
export type Application = z.infer<typeof Application>;

/** What the form sends: a new application (no id) or an edit of one (with the rev it saw). */
export const ApplicationDraft = z.object({
  id: Id.optional(),
  rev: z.int().min(1).optional(),
  ...applicationFields,
  deadline: FunderDeadlineInput.nullable(),
});
export type ApplicationDraft = z.infer<typeof ApplicationDraft>;

export type ApplicationIssueCode = 'end_before_start' | 'two_leads' | 'activity_twice' | 'currency_mismatch';

/** The form's cross-field rules, each pointing at the field to fix. */
export function applicationIssues(
  d: ApplicationDraft,
): { code: ApplicationIssueCode; path: (string | number)[] }[] {
  const issues: { code: ApplicationIssueCode; path: (string | number)[] }[] = [];
  if (d.projectStart && d.projectEnd && d.projectEnd < d.projectStart)
    issues.push({ code: 'end_before_start', path: ['projectEnd'] });
  const leads = d.applicants.map((a, i) => (a.lead ? i : -1)).filter((i) => i >= 0);
  if (leads.length > 1) issues.push({ code: 'two_leads', path: ['applicants', leads[1]!, 'lead'] });
  d.activityIds.forEach((id, i) => {
    if (d.activityIds.indexOf(id) !== i) issues.push({ code: 'activity_twice', path: ['activityIds', i] });
  });
  const currencies = Object.entries(d.amounts).filter(([, m]) => m !== null) as [string, Money][];
  const first = currencies[0]?.[1].currency;
  for (const [key, m] of currencies)
    if (m.currency !== first) issues.push({ code: 'currency_mismatch', path: ['amounts', key] });
  return issues;
}

/** The internal deadline: the funder's day less the chosen number of days. */
export function internalDeadline(a: Pick<Application, 'deadline' | 'internalDaysBefore'>): string | null {
  if (!a.deadline) return null;
  const t = Date.parse(`${a.deadline.date}T00:00:00Z`) - a.internalDaysBefore * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export type MoveRefusal = 'notAllowed' | 'beforeLastChange';

export function moveApplication(
  a: Pick<Application, 'status' | 'history'>,
  status: ApplicationStatus,
  date: string,
  note: string,
):
  | { ok: true; status: ApplicationStatus; history: ApplicationStatusChange[] }
  | { ok: false; reason: MoveRefusal } {
  if (!NEXT_STATUSES[a.status].includes(status)) return { ok: false, reason: 'notAllowed' };
  const last = a.history[a.history.length - 1];
  if (last && date < last.date) return { ok: false, reason: 'beforeLastChange' };
  return { ok: true, status, history: [...a.history, { status, date, note }] };
}
