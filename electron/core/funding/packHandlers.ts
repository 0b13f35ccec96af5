import type { FundingReporting } from './fundingReporting';
import type { LongTasks } from '../tasks/longTasks';
import type { HandlerMap } from '../handlerTypes';

export const fundingPackHandlers = (
  reporting: FundingReporting,
  tasks: LongTasks,
): HandlerMap<'funding:reportingPack'> => ({
  'funding:reportingPack': ({ taskId, ...request }) =>
    tasks.run(taskId, (steps) => reporting.pack(request, steps)),
});
