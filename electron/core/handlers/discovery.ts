import type { MapDataService } from '../services/mapData';
import type { PartnerSearchService } from '../services/partnerSearch';
import type { ShortlistService } from '../services/shortlist';
import type { HandlerMap } from './types';

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
