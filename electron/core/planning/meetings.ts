import { Meeting, type MeetingDraft } from '../../../shared/domain/meetings/meeting';
import type { DecisionToTask, TaskView } from '../../../shared/ipc/channels/planning';
import { AppFailure, toFieldIssues } from '../../../shared/ipc/errors';
import type { RecordOf } from '../store/records';
import type { ServiceContext } from '../context';
import { detachTasks, fieldFailure } from './planningLinks';
import { saveTaskIn, type TaskService } from './tasks';

const noMeeting = (id: string) => new AppFailure('NOT_FOUND', `No meeting with id ${id}`);

function checkedMeeting(m: Meeting): Meeting {
  const parsed = Meeting.safeParse(m);
  if (!parsed.success)
    throw new AppFailure('VALIDATION', 'The meeting would not be valid', toFieldIssues(parsed.error.issues));
  return parsed.data;
}

/** Committee meetings: attendees, agenda, minutes, decisions; a decision can become a task. */
export function meetingService(ctx: ServiceContext, tasks: TaskService) {
  return {
    list: (): RecordOf<'meetings'>[] =>
      [...ctx.store().data.meetings].sort((a, b) => b.date.localeCompare(a.date)),

    get(id: string): RecordOf<'meetings'> {
      const m = ctx.store().data.meetings.find((x) => x.id === id);
      if (!m) throw noMeeting(id);
      return m;
    },

    async save({ id, rev, decisions, ...fields }: MeetingDraft): Promise<RecordOf<'meetings'>> {
      const { value } = await ctx.store().transaction((tx) => {
        const before = id === undefined ? null : (tx.get('meetings', id) ?? null);
        if (id !== undefined && !before) throw noMeeting(id);
        fields.attendees.forEach((a, i) => {
          if (a.memberId === null) return;
          const member = tx.get('members', a.memberId);
          if (!member) throw fieldFailure(['attendees', i, 'memberId'], 'owner_not_member', 'Not a member');
          a.name = member.name;
        });
        const kept = new Map((before?.decisions ?? []).map((d) => [d.id, d]));
        const next = decisions.map((d) => {
          if (d.id === undefined) return { id: ctx.newId(), text: d.text, taskId: null };
          const old = kept.get(d.id);
          if (!old) throw new AppFailure('NOT_FOUND', `No decision with id ${d.id}`);
          kept.delete(d.id);
          return { ...old, text: d.text };
        });
        // A decision taken off the minutes: its task stays, with the decision's words as a note.
        const gone = new Set(kept.keys());
        if (before && gone.size > 0)
          detachTasks(
            tx,
            (l) => l.kind === 'decision' && l.meetingId === before.id && gone.has(l.decisionId),
          );
        const meeting = checkedMeeting({
          id: id ?? 'new',
          createdAt: before?.createdAt ?? tx.now.toISOString(),
          ...fields,
          decisions: next,
        });
        if (before) return tx.put('meetings', { ...meeting, id: before.id }, rev);
        const { id: _new, ...rest } = meeting;
        return tx.insert('meetings', rest);
      });
      return value;
    },

    /** The tasks made from its decisions stay, each with the decision's words as a note. */
    async remove(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('meetings', id)) throw noMeeting(id);
        detachTasks(tx, (l) => l.kind === 'decision' && l.meetingId === id);
        tx.remove('meetings', id);
      });
      return { id };
    },

    async decisionToTask(input: DecisionToTask): Promise<{ meeting: RecordOf<'meetings'>; task: TaskView }> {
      const { value } = await ctx.store().transaction((tx) => {
        const meeting = tx.get('meetings', input.meetingId);
        if (!meeting) throw noMeeting(input.meetingId);
        const decision = meeting.decisions.find((d) => d.id === input.decisionId);
        if (!decision) throw new AppFailure('NOT_FOUND', `No decision with id ${input.decisionId}`);
        if (decision.taskId !== null && tx.get('tasks', decision.taskId))
          throw fieldFailure(['decisions'], 'decision_has_task', 'This decision is already a task');
        const task = saveTaskIn(tx, {
          title: input.title,
          ownerId: input.ownerId,
          dueDate: input.dueDate,
          status: 'open',
          link: { kind: 'decision', meetingId: meeting.id, decisionId: decision.id },
          notes: '',
        });
        const saved = tx.put(
          'meetings',
          {
            ...meeting,
            decisions: meeting.decisions.map((d) => (d.id === decision.id ? { ...d, taskId: task.id } : d)),
          },
          input.rev,
        );
        return { meeting: saved, task };
      });
      return { meeting: value.meeting, task: tasks.view(value.task) };
    },
  };
}
export type MeetingService = ReturnType<typeof meetingService>;
