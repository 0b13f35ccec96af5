import type { ActivityService } from './activities';
import type { ActivityRemoval } from './activityRemoval';
import type { OrganisationService } from './organisations';
import type { HandlerMap } from '../handlerTypes';

type ActivityChannel =
  | 'activities:list'
  | 'activities:get'
  | 'activities:choices'
  | 'activities:save'
  | 'activities:setStatus'
  | 'activities:remove'
  | 'activities:restore'
  | 'activities:exportIcs'
  | 'organisations:list'
  | 'organisations:save'
  | 'organisations:remove';

export const activityHandlers = (
  activities: ActivityService,
  removal: ActivityRemoval,
  organisations: OrganisationService,
): HandlerMap<ActivityChannel> => ({
  'activities:list': (filter) => activities.list(filter),
  'activities:get': ({ id }) => activities.get(id),
  'activities:choices': () => activities.choices(),
  'activities:save': (draft) => activities.save(draft),
  'activities:setStatus': (change) => activities.setStatus(change),
  'activities:remove': ({ id }) => removal.remove(id),
  'activities:restore': ({ id }) => removal.restore(id),
  'activities:exportIcs': ({ language, filter }) => activities.exportIcs(language, filter),
  'organisations:list': () => organisations.list(),
  'organisations:save': ({ draft, rev }) => organisations.save(draft, rev),
  'organisations:remove': ({ id }) => organisations.remove(id),
});
