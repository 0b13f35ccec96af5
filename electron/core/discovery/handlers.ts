import type { MapDataService } from './mapData';
import type { PartnerSearchService } from './partnerSearch';
import type { ShortlistService } from './shortlist';
import type { HandlerMap } from '../handlerTypes';

type DiscoveryChannel =
  | 'partnerSearch:run'
  | 'shortlist:list'
  | 'shortlist:save'
  | 'shortlist:delete'
  | 'shortlist:createPartnership'
  | 'map:get';

export const discoveryHandlers = (
  search: PartnerSearchService,
  shortlist: ShortlistService,
  map: MapDataService,
): HandlerMap<DiscoveryChannel> => ({
  'partnerSearch:run': (criteria) => search.run(criteria),
  'shortlist:list': () => shortlist.list(),
  'shortlist:save': (draft) => shortlist.save(draft),
  'shortlist:delete': ({ id }) => shortlist.delete(id),
  'shortlist:createPartnership': (input) => shortlist.createPartnership(input),
  'map:get': (input) => map.get(input),
});
