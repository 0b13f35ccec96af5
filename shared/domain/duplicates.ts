import type { PartnerPlace, Partnership } from './partnership';
import { partnershipTitle } from './partnership';
import { samePlace } from './shortlist';

export interface SameTown {
  partnershipId: string;
  title: string;
  town: string;
}

/**
 * Links that already have one of these towns as a partner: a second link with the same town
 * is usually a mistake (the import refuses it), though a town may have two kinds of link.
 */
export function linksWithSameTown(
  partnerships: readonly Partnership[],
  places: readonly PartnerPlace[],
): SameTown[] {
  const found: SameTown[] = [];
  for (const p of partnerships)
    for (const t of p.partners)
      if (places.some((place) => samePlace(place, t.place)))
        found.push({ partnershipId: p.id, title: partnershipTitle(p), town: t.place.name });
  return found;
}
