import { z } from 'zod';
import { Id, Timestamp, text } from './common';
import { PartnerPlace, PartnershipKind, Theme } from './partnership';
import type { Place } from './place';

/** Where a candidate stands with the committee, before it becomes a partnership. */
export const ShortlistStatus = z.enum(['considering', 'contacted', 'declined', 'chosen']);
export type ShortlistStatus = z.infer<typeof ShortlistStatus>;

/**
 * A candidate town the secretary keeps for the council (key 1). Themes are what the
 * committee has learned the town cares about; they feed the ranking once known.
 */
export const ShortlistEntry = z.object({
  id: Id,
  place: PartnerPlace,
  themes: z.array(Theme).max(Theme.options.length),
  notes: text(5000),
  status: ShortlistStatus,
  /** The score and its date when the candidate was shortlisted, so the council sees why. */
  scoreWhenAdded: z.int().min(0).max(100).nullable(),
  /** Set once a partnership was created from this candidate. */
  partnershipId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ShortlistEntry = z.infer<typeof ShortlistEntry>;

export const ShortlistDraft = z
  .object({
    id: Id.optional(),
    place: PartnerPlace,
    themes: z.array(Theme).max(Theme.options.length),
    notes: text(5000),
    status: ShortlistStatus,
    scoreWhenAdded: z.int().min(0).max(100).nullable(),
  })
  .strict();
export type ShortlistDraft = z.infer<typeof ShortlistDraft>;

export const CreateFromShortlist = z
  .object({
    id: Id,
    kind: PartnershipKind,
    /** Create it although a link with this town exists (the secretary confirmed). */
    allowDuplicate: z.boolean().optional(),
  })
  .strict();
export type CreateFromShortlist = z.infer<typeof CreateFromShortlist>;

/** Two records name the same town: the same GeoNames place, or the same name in the same country. */
export function samePlace(
  a: { geonameId: number | null; name: string; country: string },
  b: { geonameId: number | null; name: string; country: string },
): boolean {
  if (a.geonameId !== null && b.geonameId !== null) return a.geonameId === b.geonameId;
  return a.country === b.country && a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

/** A gazetteer place as a partnership or the shortlist stores it. */
export function partnerPlaceFromPlace(place: Place): PartnerPlace {
  return {
    name: place.name.slice(0, 120),
    country: place.country,
    region: place.admin1.slice(0, 120),
    population: place.population > 0 ? place.population : null,
    coordinates: { lat: place.lat, lon: place.lon },
    geonameId: place.geonameId,
    source: place.source,
  };
}
