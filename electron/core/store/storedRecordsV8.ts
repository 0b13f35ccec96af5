import { z } from 'zod';

/**
 * The collections version 8 added: activities with their participants, host households,
 * placements and local organisations; the money records (budget lines, the ledger,
 * co-financing plans, exchange rates); the long-term plans, tasks and meetings; and funding
 * applications with the programmes the secretary edited.
 *
 * Structural, like every storage shape: each record's identity, revision and the fields other
 * records point through (activity, participant and household ids, dates, amounts) are checked;
 * the funding records (applications, edited programmes) keep only their identity checked here;
 * every other field passes through as stored (`looseObject`). A field the domain adds later is
 * therefore never dropped when an older file is read, and tightening a form's rule never marks a
 * store damaged: the domain schemas in shared/ check every rule on write.
 */
const Id = z.string().min(1);
const Rev = z.int().min(1);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const record = { id: Id, rev: Rev, updatedAt: z.string() };
const Money = z.object({ amount: z.int(), currency: z.string().length(3) });

export const ActivityV8 = z.looseObject({
  ...record,
  title: z.string(),
  kind: z.string(),
  partnershipIds: z.array(Id),
  startDate: Day,
  endDate: Day,
  status: z.string(),
  statusHistory: z.array(z.looseObject({ status: z.string(), date: Day })).min(1),
  organisationIds: z.array(Id),
  createdAt: z.string(),
});

export const ParticipantV8 = z.looseObject({
  ...record,
  activityId: Id,
  name: z.string(),
  organisationId: Id.nullable(),
  preferredHouseholdId: Id.nullable(),
  registration: z.string(),
});

export const HouseholdV8 = z.looseObject({
  ...record,
  name: z.string(),
  beds: z.int().min(1),
});

export const HostAssignmentV8 = z.looseObject({
  ...record,
  activityId: Id,
  participantId: Id,
  householdId: Id,
  manual: z.boolean(),
});

export const OrganisationV8 = z.looseObject({ ...record, name: z.string(), kind: z.string() });

export const BudgetLineV8 = z.looseObject({
  ...record,
  year: z.int(),
  activityId: Id.nullable(),
  category: z.string(),
  planned: Money,
});

export const BudgetCategoryV8 = z.looseObject({
  ...record,
  /** What budget lines and ledger entries point through. */
  key: z.string(),
  retired: z.boolean(),
});

export const LedgerEntryV8 = z.looseObject({
  ...record,
  direction: z.enum(['expense', 'income']),
  date: Day,
  amount: Money,
  activityId: Id.nullable(),
});

export const CofinancingPlanV8 = z.looseObject({
  ...record,
  year: z.int(),
  activityId: Id.nullable(),
  // A share's source is the domain's IncomeSource, an object ({ kind, name, applicationId }).
  shares: z.array(z.looseObject({ source: z.looseObject({ kind: z.string() }), planned: Money })),
});

export const ExchangeRateV8 = z.looseObject({
  ...record,
  from: z.string().length(3),
  to: z.string().length(3),
  rate: z.string(),
  date: Day,
  source: z.string(),
});

/**
 * A rolling multi-year plan of one partnership, with its actions and yearly reviews. Checked: the
 * fields that point at other records (the link, owners, activities, objectives, attendees).
 */
export const PlanV8 = z.looseObject({
  ...record,
  partnershipId: Id,
  firstYear: z.int(),
  actions: z.array(
    z.looseObject({
      id: Id,
      year: z.int(),
      ownerId: Id.nullable(),
      activityIds: z.array(Id),
      objectiveIds: z.array(Id),
    }),
  ),
  reviews: z.array(z.looseObject({ id: Id, year: z.int(), meetingDate: Day, memberIds: z.array(Id) })),
});

/** A task with an owner and a due date, pointing at what it serves (an activity, a plan action, a decision). */
export const TaskV8 = z.looseObject({
  ...record,
  title: z.string(),
  ownerId: Id.nullable(),
  dueDate: Day.nullable(),
  status: z.string(),
  link: z.looseObject({ kind: z.string() }).nullable(),
});

/** A committee meeting: date, attendees, agenda, minutes (the editor's tree), decisions. */
export const MeetingV8 = z.looseObject({
  ...record,
  date: Day,
  attendees: z.array(z.looseObject({ memberId: Id.nullable() })),
  decisions: z.array(z.looseObject({ id: Id, taskId: Id.nullable() })),
});

/** A funding application, from idea to final report. */
export const ApplicationV8 = z.looseObject({ ...record, programmeId: z.string() });

/** A funding programme's call as the secretary edited or copied it (the shipped files stay as shipped). */
export const ProgrammeV8 = z.looseObject({ ...record, programmeId: z.string() });
