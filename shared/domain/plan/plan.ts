import { z } from 'zod';
import { Id, IsoDate, Rev, Timestamp, requiredText, text } from '../common';

/** AFCCRE's rolling plan: three years ahead, reviewed each year at a joint meeting of both towns. */
export const PLAN_YEARS = 3;

export const Year = z.int().min(1900).max(2200);

export const PlanActionStatus = z.enum(['proposed', 'agreed', 'inProgress', 'done', 'postponed', 'dropped']);
export type PlanActionStatus = z.infer<typeof PlanActionStatus>;
/** An action still to do: the yearly review carries it forward or lets it go. */
export const isOpenAction = (s: PlanActionStatus): boolean => s !== 'done' && s !== 'dropped';

const actionFields = {
  title: requiredText(200),
  year: Year,
  /** The partnership's common objectives (key 4) the action serves. */
  objectiveIds: z.array(Id).max(50),
  /** The planned activities that carry it out. */
  activityIds: z.array(Id).max(50),
  /** A committee member, or null when nobody owns it (yet, or any more). */
  ownerId: Id.nullable(),
  status: PlanActionStatus,
  note: text(2000),
};

export const PlanAction = z.object({
  id: Id,
  ...actionFields,
  /** The name of the owner who was removed from the committee; '' otherwise. */
  formerOwner: text(120),
  /** How many yearly reviews moved it forward. */
  carried: z.int().min(0),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const PlanActionDraft = z.object({ id: Id.optional(), ...actionFields }).strict();
export type PlanActionDraft = z.infer<typeof PlanActionDraft>;

/** What a milestone the committee sets is for: one of the plan's actions, or an activity of the link. */
export const MilestoneLink = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('action'), actionId: Id }).strict(),
  z.object({ kind: z.literal('activity'), activityId: Id }).strict(),
]);
export type MilestoneLink = z.infer<typeof MilestoneLink>;

/** A date worth marking: a round anniversary of the signing, or one the committee sets. */
export const Milestone = z.object({
  id: Id,
  kind: z.enum(['anniversary', 'custom']),
  title: requiredText(200),
  /** The day, or null when only the year is known (a signing recorded by its year alone). */
  date: IsoDate.nullable(),
  year: Year,
  /** For an anniversary: how many years since the first signing. */
  years: z.int().min(1).nullable(),
  /** Absent or null: it serves nothing in particular (milestones written before links had none). */
  link: MilestoneLink.nullable().optional(),
});
export type Milestone = z.infer<typeof Milestone>;

export const MilestoneDraft = Milestone.omit({ id: true }).strict();
export type MilestoneDraft = z.infer<typeof MilestoneDraft>;

export const ReviewOutcome = z.enum(['done', 'carried', 'dropped']);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

/** One yearly review: it closes a year, carries open actions forward and opens a new third year. */
export const PlanReview = z.object({
  id: Id,
  /** The year it closed. */
  year: Year,
  meetingDate: IsoDate,
  /** Committee members who took part. */
  memberIds: z.array(Id).max(100),
  /** Everyone else: the partner town's delegation, guests (one name per line). */
  guests: text(2000),
  done: text(5000),
  notes: text(5000),
  /** The closed year's actions as the review left them. */
  actions: z.array(z.object({ actionId: Id, title: z.string(), outcome: ReviewOutcome })).max(500),
  /** The new third year the review opened. */
  openedYear: Year,
});
export type PlanReview = z.infer<typeof PlanReview>;

export const PlanReviewDraft = z
  .object({
    meetingDate: IsoDate,
    memberIds: z.array(Id).max(100),
    guests: text(2000),
    done: text(5000),
    notes: text(5000),
    /** The closed year's open actions that move to the next year; the others are dropped. */
    carryIds: z.array(Id).max(500),
  })
  .strict();
export type PlanReviewDraft = z.infer<typeof PlanReviewDraft>;

/** The rolling plan of one partnership. */
export const Plan = z.object({
  id: Id,
  partnershipId: Id,
  /** The first year of the three the plan looks at now; each review moves it on by one. */
  firstYear: Year,
  actions: z.array(PlanAction).max(500),
  milestones: z.array(Milestone).max(200),
  /** Oldest first. */
  reviews: z.array(PlanReview).max(200),
  createdAt: Timestamp,
});
export type Plan = z.infer<typeof Plan>;

export const planYears = (plan: Pick<Plan, 'firstYear'>): number[] =>
  Array.from({ length: PLAN_YEARS }, (_, i) => plan.firstYear + i);

export const PlanRecord = Plan.extend({ rev: Rev, updatedAt: Timestamp });
export type PlanRecord = z.infer<typeof PlanRecord>;
