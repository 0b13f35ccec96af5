import type { HandoverService } from '../services/handover';
import type { LongTasks } from '../tasks/longTasks';
import type { HandlerMap } from './types';

export const handoverHandlers = (
  handover: HandoverService,
  tasks: LongTasks,
): HandlerMap<'handover:export' | 'handover:import' | 'task:cancel'> => ({
  'handover:export': ({ includeBackups, taskId }) =>
    tasks.run(taskId, (steps) => handover.exportArchive(includeBackups, steps)),
  'handover:import': ({ bytes, taskId }) =>
    tasks.run(taskId, (steps) => handover.importArchive(bytes, steps)),
  'task:cancel': ({ taskId }) => ({ cancelled: tasks.cancel(taskId) }),
});
