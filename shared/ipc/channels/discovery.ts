import { z } from 'zod';
import { Id } from '../../domain/common';
import { MapData, MapInput } from '../../domain/mapData';
import { SearchCriteria, SearchResult } from '../../domain/partnerSearch';
import { CreateFromShortlist, ShortlistDraft, ShortlistEntry } from '../../domain/shortlist';
import { none } from './app';

/** Partner search (key 1), the shortlist of candidates, and the map of links. */
export const discoveryChannels = {
  'partnerSearch:run': { input: SearchCriteria, output: SearchResult },
  'shortlist:list': { input: none, output: z.array(ShortlistEntry) },
  'shortlist:save': { input: ShortlistDraft, output: ShortlistEntry },
  'shortlist:delete': { input: z.object({ id: Id }).strict(), output: z.object({ id: Id }) },
  'shortlist:createPartnership': {
    input: CreateFromShortlist,
    output: z.object({ entry: ShortlistEntry, partnershipId: Id }),
  },
  'map:get': { input: MapInput, output: MapData },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
