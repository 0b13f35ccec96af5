import type { SyncService } from './syncService';
import type { LongTasks } from '../tasks/longTasks';
import type { HandlerMap } from '../handlerTypes';

/** Sync without a server: the replication file, written and read as long tasks the window follows. */
export const syncFileHandlers = (
  sync: SyncService,
  tasks: LongTasks,
): HandlerMap<'sync:exportFile' | 'sync:importFile'> => ({
  'sync:exportFile': ({ taskId }) => tasks.run(taskId, (steps) => sync.exportFile(steps)),
  'sync:importFile': ({ bytes, taskId }) => tasks.run(taskId, (steps) => sync.importFile(bytes, steps)),
});
