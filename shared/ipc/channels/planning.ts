import { z } from 'zod';
import { Id, Rev } from '../../domain/common';
import { BinaryExportFile } from '../../domain/importPreview';
import { MeetingDraft, MeetingRecord } from '../../domain/meetings/meeting';
import { MilestoneDraft, PlanActionDraft, PlanRecord, PlanReviewDraft, Year } from '../../domain/plan/plan';
import { TaskDraft, TaskRecord } from '../../domain/plan/task';
import { none } from './app';

const byId = z.object({ id: Id }).strict();
const onPlan = { planId: Id, rev: Rev.optional() };
const Language = z.enum(['en', 'ro', 'fr', 'de']);

/** A task as the lists show it: what it serves named, '' when it serves nothing (any more). */
export const TaskView = TaskRecord.extend({ linkTitle: z.string() });
export type TaskView = z.infer<typeof TaskView>;

/** What a task can be linked to, named for the picker. */
export const TaskTargets = z.object({
  activities: z.array(z.object({ id: Id, title: z.string(), startDate: z.string() })),
  planActions: z.array(
    z.object({ planId: Id, actionId: Id, title: z.string(), link: z.string(), year: z.int() }),
  ),
  decisions: z.array(z.object({ meetingId: Id, decisionId: Id, title: z.string(), meeting: z.string() })),
  applications: z.array(z.object({ id: Id, title: z.string() })),
});
export type TaskTargets = z.infer<typeof TaskTargets>;

export const DecisionToTask = z
  .object({
    meetingId: Id,
    decisionId: Id,
    rev: Rev.optional(),
    title: z.string().trim().min(1).max(200),
    ownerId: Id.nullable(),
    dueDate: TaskDraft.shape.dueDate,
  })
  .strict();
export type DecisionToTask = z.infer<typeof DecisionToTask>;

export const planningChannels = {
  'plan:get': { input: z.object({ partnershipId: Id }).strict(), output: PlanRecord.nullable() },
  'plan:start': { input: z.object({ partnershipId: Id, firstYear: Year }).strict(), output: PlanRecord },
  'plan:saveAction': { input: z.object({ ...onPlan, action: PlanActionDraft }).strict(), output: PlanRecord },
  'plan:removeAction': { input: z.object({ ...onPlan, actionId: Id }).strict(), output: PlanRecord },
  'plan:saveMilestone': {
    input: z.object({ ...onPlan, id: Id.optional(), milestone: MilestoneDraft }).strict(),
    output: PlanRecord,
  },
  'plan:removeMilestone': { input: z.object({ ...onPlan, milestoneId: Id }).strict(), output: PlanRecord },
  'plan:review': { input: z.object({ ...onPlan, review: PlanReviewDraft }).strict(), output: PlanRecord },
  'tasks:list': { input: none, output: z.array(TaskView) },
  'tasks:targets': { input: none, output: TaskTargets },
  'tasks:save': { input: TaskDraft, output: TaskView },
  'tasks:remove': { input: byId, output: z.object({ id: Id }) },
  'meetings:list': { input: none, output: z.array(MeetingRecord) },
  'meetings:get': { input: byId, output: MeetingRecord },
  'meetings:save': { input: MeetingDraft, output: MeetingRecord },
  'meetings:remove': { input: byId, output: z.object({ id: Id }) },
  'meetings:decisionToTask': {
    input: DecisionToTask,
    output: z.object({ meeting: MeetingRecord, task: TaskView }),
  },
  /** Activities, meetings, task due dates and anniversaries as one iCalendar file. */
  'team:exportIcs': { input: z.object({ language: Language }).strict(), output: BinaryExportFile },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
