import type { MeetingService } from './meetings';
import type { PlanService } from './plans';
import type { TaskService } from './tasks';
import type { teamCalendar } from './teamCalendar';
import type { TimelineService } from './timeline';
import type { HandlerMap } from '../handlerTypes';
import type { planningChannels } from '../../../shared/ipc/channels/planning';
import type { timelineChannels } from '../../../shared/ipc/channels/timeline';

type PlanningChannel = keyof typeof planningChannels | keyof typeof timelineChannels;

export const planningHandlers = (
  plans: PlanService,
  tasks: TaskService,
  meetings: MeetingService,
  calendar: ReturnType<typeof teamCalendar>,
  timeline: TimelineService,
): HandlerMap<PlanningChannel> => ({
  'plan:get': ({ partnershipId }) => plans.get(partnershipId),
  'plan:start': ({ partnershipId, firstYear }) => plans.start(partnershipId, firstYear),
  'plan:saveAction': ({ planId, rev, action }) => plans.saveAction(planId, rev, action),
  'plan:removeAction': ({ planId, rev, actionId }) => plans.removeAction(planId, rev, actionId),
  'plan:saveMilestone': ({ planId, rev, id, milestone }) => plans.saveMilestone(planId, rev, id, milestone),
  'plan:removeMilestone': ({ planId, rev, milestoneId }) => plans.removeMilestone(planId, rev, milestoneId),
  'plan:review': ({ planId, rev, review }) => plans.review(planId, rev, review),
  'tasks:list': () => tasks.list(),
  'tasks:targets': () => tasks.targets(),
  'tasks:save': (draft) => tasks.save(draft),
  'tasks:remove': ({ id }) => tasks.remove(id),
  'meetings:list': () => meetings.list(),
  'meetings:get': ({ id }) => meetings.get(id),
  'meetings:save': (draft) => meetings.save(draft),
  'meetings:remove': ({ id }) => meetings.remove(id),
  'meetings:decisionToTask': (input) => meetings.decisionToTask(input),
  'team:exportIcs': ({ language }) => calendar.exportIcs(language),
  'timeline:get': (span) => timeline.get(span),
});
