import type { FundingReporting } from '../services/fundingReporting';
import type { LongTasks } from '../tasks/longTasks';
import type { HandlerMap } from './types';

export const fundingPackHandlers = (
  reporting: FundingReporting,
  tasks: LongTasks,
): HandlerMap<'funding:reportingPack'> => ({
  'funding:reportingPack': ({ taskId, ...request }) =>
    tasks.run(taskId, (steps) => reporting.pack(request, steps)),
});
