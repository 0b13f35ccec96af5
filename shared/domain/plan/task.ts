import { z } from 'zod';
import { addDays } from '../activities/dates';
import { Id, IsoDate, Rev, Timestamp, requiredText, text } from '../common';

/** What a task serves: an activity, an action of a partnership's plan, or a meeting's decision. */
export const TaskLink = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity'), activityId: Id }).strict(),
  z.object({ kind: z.literal('planAction'), planId: Id, actionId: Id }).strict(),
  z.object({ kind: z.literal('decision'), meetingId: Id, decisionId: Id }).strict(),
  z.object({ kind: z.literal('application'), applicationId: Id }).strict(),
]);
export type TaskLink = z.infer<typeof TaskLink>;

export const TaskStatus = z.enum(['open', 'done']);
export type TaskStatus = z.infer<typeof TaskStatus>;

const taskFields = {
  title: requiredText(200),
  ownerId: Id.nullable(),
  dueDate: IsoDate.nullable(),
  status: TaskStatus,
  link: TaskLink.nullable(),
  notes: text(2000),
};

export const Task = z.object({
  id: Id,
  ...taskFields,
  /** The name of the owner who was removed from the committee; '' otherwise. */
  formerOwner: text(120),
  /** What the task served before that was deleted ("Youth exchange 2027"); '' otherwise. */
  formerLink: text(300),
  /** The day it was marked done. */
  doneOn: IsoDate.nullable(),
  createdAt: Timestamp,
});
export type Task = z.infer<typeof Task>;

export const TaskDraft = z.object({ id: Id.optional(), rev: Rev.optional(), ...taskFields }).strict();
export type TaskDraft = z.infer<typeof TaskDraft>;

export const TaskRecord = Task.extend({ rev: Rev, updatedAt: Timestamp });
export type TaskRecord = z.infer<typeof TaskRecord>;

/** Monday of the week `today` falls in (weeks run Monday to Sunday, as in every app language). */
export function weekStart(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(today, -weekday);
}

export type TaskUrgency = 'overdue' | 'thisWeek' | 'later' | 'undated' | 'done';

/** Overdue: open and due before today. This week: open and due from today to Sunday. */
export function taskUrgency(task: Pick<Task, 'status' | 'dueDate'>, today: string): TaskUrgency {
  if (task.status === 'done') return 'done';
  if (task.dueDate === null) return 'undated';
  if (task.dueDate < today) return 'overdue';
  return task.dueDate <= addDays(weekStart(today), 6) ? 'thisWeek' : 'later';
}

/** The open tasks that are overdue and those due this week, soonest first. */
export function urgentTasks<T extends Pick<Task, 'status' | 'dueDate'>>(
  tasks: readonly T[],
  today: string,
): { overdue: T[]; thisWeek: T[] } {
  const sorted = [...tasks].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  return {
    overdue: sorted.filter((t) => taskUrgency(t, today) === 'overdue'),
    thisWeek: sorted.filter((t) => taskUrgency(t, today) === 'thisWeek'),
  };
}
