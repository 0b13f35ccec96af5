import type { HostService } from './hosts';
import type { HouseholdService } from './households';
import type { HandlerMap } from '../handlerTypes';

type HostChannel =
  | 'households:list'
  | 'households:save'
  | 'households:remove'
  | 'hosts:suggest'
  | 'hosts:assign'
  | 'hosts:unassign'
  | 'hosts:acceptSuggestions'
  | 'hosts:missing';

export const hostHandlers = (households: HouseholdService, hosts: HostService): HandlerMap<HostChannel> => ({
  'households:list': () => households.list(),
  'households:save': ({ draft, rev }) => households.save(draft, rev),
  'households:remove': ({ id }) => households.remove(id),
  'hosts:suggest': ({ activityId }) => hosts.suggest(activityId),
  'hosts:assign': ({ activityId, participantId, householdId }) =>
    hosts.assign(activityId, participantId, householdId),
  'hosts:unassign': ({ activityId, participantId }) => hosts.unassign(activityId, participantId),
  'hosts:acceptSuggestions': ({ activityId, participantIds }) =>
    hosts.acceptSuggestions(activityId, participantIds),
  'hosts:missing': () => hosts.missing(),
});
