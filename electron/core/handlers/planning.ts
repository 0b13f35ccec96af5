import type { MeetingService } from '../services/meetings';
import type { PlanService } from '../services/plans';
import type { TaskService } from '../services/tasks';
import type { teamCalendar } from '../services/teamCalendar';
import type { TimelineService } from '../services/timeline';
import type { HandlerMap } from './types';
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
