import { partnershipTitle } from '../../../shared/domain/partnership';
import { Task, type TaskDraft } from '../../../shared/domain/plan/task';
import type { TaskTargets, TaskView } from '../../../shared/ipc/channels/planning';
import { AppFailure, toFieldIssues } from '../../../shared/ipc/errors';
import type { RecordOf } from '../store/records';
import type { Tx } from '../store/transaction';
import type { ServiceContext } from '../context';
import { checkLink, checkOwner, linkTitle } from './planningLinks';
import { localIsoDate } from '../today';

export const noTask = (id: string) => new AppFailure('NOT_FOUND', `No task with id ${id}`);

export function checkedTask(task: Task): Task {
  const parsed = Task.safeParse(task);
  if (!parsed.success)
    throw new AppFailure('VALIDATION', 'The task would not be valid', toFieldIssues(parsed.error.issues));
  return parsed.data;
}

/** Writes one task from a draft inside a transaction (the task form, a meeting's decision). */
export function saveTaskIn(tx: Tx, { id, rev, ...draft }: TaskDraft): RecordOf<'tasks'> {
  const before = id === undefined ? null : (tx.get('tasks', id) ?? null);
  if (id !== undefined && !before) throw noTask(id);
  checkOwner(tx, draft.ownerId, before?.ownerId ?? null, ['ownerId']);
  const sameLink = before !== null && JSON.stringify(before.link) === JSON.stringify(draft.link);
  if (!sameLink) checkLink(tx, draft.link, ['link']);
  const today = localIsoDate(tx.now);
  const doneOn = draft.status === 'done' ? (before?.doneOn ?? today) : null;
  const base = before ?? { formerOwner: '', formerLink: '', createdAt: tx.now.toISOString() };
  const task = checkedTask({
    id: id ?? 'new',
    ...base,
    ...draft,
    doneOn,
    // A new owner or link replaces the note on the one that was removed.
    formerOwner: draft.ownerId === null ? base.formerOwner : '',
    formerLink: draft.link === null ? base.formerLink : '',
  });
  if (before) return tx.put('tasks', { ...task, id: before.id }, rev);
  const { id: _new, ...fields } = task;
  return tx.insert('tasks', fields);
}

/** Tasks with an owner, a due date and what they serve. */
export function taskService(ctx: ServiceContext) {
  const view = (t: RecordOf<'tasks'>): TaskView => {
    const data = ctx.store().data;
    const reader = {
      get: <C extends 'activities' | 'plans' | 'meetings'>(c: C, id: string) =>
        data[c].find((r) => r.id === id),
    };
    return { ...t, linkTitle: t.link ? linkTitle(reader as Pick<Tx, 'get'>, t.link) : '' };
  };
  return {
    view,
    list: (): TaskView[] =>
      ctx
        .store()
        .data.tasks.map(view)
        .sort(
          (a, b) =>
            (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title),
        ),

    targets(): TaskTargets {
      const data = ctx.store().data;
      const linkName = (id: string) => {
        const p = data.partnerships.find((x) => x.id === id);
        return p ? partnershipTitle(p) : '';
      };
      return {
        activities: data.activities
          .map((a) => ({ id: a.id, title: a.title, startDate: a.startDate }))
          .sort((a, b) => b.startDate.localeCompare(a.startDate)),
        planActions: data.plans.flatMap((p) =>
          p.actions.map((a) => ({
            planId: p.id,
            actionId: a.id,
            title: a.title,
            link: linkName(p.partnershipId),
            year: a.year,
          })),
        ),
        applications: data.applications
          .map((a) => ({ id: a.id, title: a.title }))
          .sort((a, b) => a.title.localeCompare(b.title)),
        decisions: data.meetings.flatMap((m) =>
          m.decisions.map((d) => ({
            meetingId: m.id,
            decisionId: d.id,
            title: d.text,
            meeting: `${m.title} (${m.date})`,
          })),
        ),
      };
    },

    async save(draft: TaskDraft): Promise<TaskView> {
      const { value } = await ctx.store().transaction((tx) => saveTaskIn(tx, draft));
      return view(value);
    },

    /** A decision that had become this task becomes an open decision again. */
    async remove(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('tasks', id)) throw noTask(id);
        for (const m of tx.all('meetings'))
          if (m.decisions.some((d) => d.taskId === id))
            tx.patch('meetings', m.id, {
              decisions: m.decisions.map((d) => (d.taskId === id ? { ...d, taskId: null } : d)),
            });
        tx.remove('tasks', id);
      });
      return { id };
    },
  };
}
export type TaskService = ReturnType<typeof taskService>;
