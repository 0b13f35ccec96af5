import { z } from 'zod';
import { Id } from '../../domain/common';
import { Place, PlaceMatch, PlaceSearchQuery } from '../../domain/place';

export const placesChannels = {
  /** Gazetteer search by name or alternate name, accents and case ignored, best first. */
  'place:search': { input: PlaceSearchQuery, output: z.array(PlaceMatch) },
  /** One gazetteer place by id (`gn-<geonameId>`); NOT_FOUND when the gazetteer has none. */
  'place:get': { input: z.object({ id: Id }).strict(), output: Place },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
