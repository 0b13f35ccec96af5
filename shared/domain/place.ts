import { z } from 'zod';
import { CountryCode, Id } from './common';

/** Where a place record comes from: the bundled GeoNames gazetteer, or typed in by hand. */
export const PlaceSource = z.enum(['geonames', 'manual']);
export type PlaceSource = z.infer<typeof PlaceSource>;

/**
 * A town or village. Gazetteer places have the id `gn-<geonameId>`; a place entered by
 * hand (a village under 500 inhabitants is not in the data) has its own id and no geonameId.
 */
export const Place = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  asciiName: z.string().trim().max(200),
  country: CountryCode,
  /** First-order division (region, county, Land…), '' when unknown. */
  admin1: z.string().trim().max(200),
  /** Second-order division (district, département, Kreis…), '' when unknown. */
  admin2: z.string().trim().max(200),
  population: z.int().min(0).max(50_000_000),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  geonameId: z.int().positive().nullable(),
  source: PlaceSource,
});
export type Place = z.infer<typeof Place>;

export const GEONAMES_ID_PREFIX = 'gn-';

export const placeIdFromGeonameId = (geonameId: number): string => `${GEONAMES_ID_PREFIX}${geonameId}`;

/** How well a place matched a query, best first: the whole name, its start, or the start of one of its words. */
export const MatchQuality = z.enum(['exact', 'prefix', 'token']);
export type MatchQuality = z.infer<typeof MatchQuality>;

export const PlaceMatch = z.object({
  place: Place,
  /** The alternate name that matched ("Hermannstadt" for Sibiu), or null when the place's own name did. */
  matchedName: z.string().nullable(),
  quality: MatchQuality,
});
export type PlaceMatch = z.infer<typeof PlaceMatch>;

export const PLACE_SEARCH_MAX_LIMIT = 50;

export const PlaceSearchQuery = z
  .object({
    query: z.string().max(200),
    country: CountryCode.optional(),
    limit: z.int().min(1).max(PLACE_SEARCH_MAX_LIMIT).default(10),
  })
  .strict();
export type PlaceSearchQuery = z.input<typeof PlaceSearchQuery>;
