import { z } from 'zod';
import { Coordinates, CountryCode, Id } from './common';
import { PartnershipKind, PartnershipStatus } from './partnership';

/** Beyond this many links the map draws the most recently changed ones and says so. */
export const MAP_MAX_LINKS = 2000;

export const MapTown = z.object({ name: z.string(), country: CountryCode, coordinates: Coordinates });
export type MapTown = z.infer<typeof MapTown>;

export const MapLink = z.object({
  partnershipId: Id,
  title: z.string(),
  status: PartnershipStatus,
  kind: PartnershipKind,
  /** Partner towns that have coordinates; those without are counted in `unplaced`. */
  towns: z.array(MapTown),
});
export type MapLink = z.infer<typeof MapLink>;

export const MapData = z.object({
  home: MapTown.nullable(),
  links: z.array(MapLink),
  /** Partner towns that cannot be drawn (typed by hand without coordinates). */
  unplaced: z.int().min(0),
  total: z.int().min(0),
});
export type MapData = z.infer<typeof MapData>;

export const MapInput = z.object({ partnershipId: Id.optional() }).strict();
