import type { HandoverService } from './handover';
import type { LongTasks } from '../tasks/longTasks';
import type { HandlerMap } from '../handlerTypes';

export const handoverHandlers = (
  handover: HandoverService,
  tasks: LongTasks,
): HandlerMap<'handover:export' | 'handover:inspect' | 'handover:import' | 'task:cancel'> => ({
  'handover:export': ({ includeBackups, taskId }) =>
    tasks.run(taskId, (steps) => handover.exportArchive(includeBackups, steps)),
  'handover:inspect': ({ bytes, taskId }) =>
    tasks.run(taskId, (steps) => handover.inspectArchive(bytes, steps)),
  'handover:import': ({ bytes, taskId }) =>
    tasks.run(taskId, (steps) => handover.importArchive(bytes, steps)),
  'task:cancel': ({ taskId }) => ({ cancelled: tasks.cancel(taskId) }),
});
