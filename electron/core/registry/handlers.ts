import type { DashboardService } from './dashboard';
import type { PartnershipPartsService } from './partnershipParts';
import type { PartnershipService } from './partnerships';
import type { HandlerMap } from '../handlerTypes';

type PartnershipChannel =
  | 'partnership:list'
  | 'partnership:get'
  | 'partnership:save'
  | 'partnership:delete'
  | 'partnership:setStatus'
  | 'partnership:correctStatus'
  | 'objective:save'
  | 'objective:delete'
  | 'timeline:save'
  | 'timeline:delete'
  | 'health:save'
  | 'dashboard:get';

export const partnershipHandlers = (
  partnerships: PartnershipService,
  parts: PartnershipPartsService,
  dashboard: DashboardService,
): HandlerMap<PartnershipChannel> => ({
  'partnership:list': (filter) => partnerships.list(filter),
  'partnership:get': ({ id }) => partnerships.get(id),
  'partnership:save': (draft) => partnerships.save(draft),
  'partnership:delete': ({ id }) => partnerships.delete(id),
  'partnership:setStatus': (change) => partnerships.setStatus(change),
  'partnership:correctStatus': (correction) => partnerships.correctStatus(correction),
  'objective:save': (draft) => parts.saveObjective(draft),
  'objective:delete': ({ partnershipId, id }) => parts.deleteObjective(partnershipId, id),
  'timeline:save': (draft) => parts.saveTimelineEntry(draft),
  'timeline:delete': ({ partnershipId, id }) => parts.deleteTimelineEntry(partnershipId, id),
  'health:save': (input) => parts.saveHealth(input),
  'dashboard:get': ({ horizonDays }) => dashboard.get(horizonDays),
});
