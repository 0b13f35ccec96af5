import type { Partnership } from '../../../shared/domain/partnership';
import type { ShortlistEntry } from '../../../shared/domain/shortlist';

interface PlaceKey {
  geonameId: number | null;
  name: string;
  country: string;
}

const nameKey = (p: PlaceKey) => `${p.country}|${p.name.trim().toLowerCase()}`;

/**
 * Towns the committee already knows: partners in any partnership, and shortlisted
 * candidates. Looked up by GeoNames id, or by name and country for places typed by hand.
 */
export function knownPlaces(partnerships: readonly Partnership[], shortlist: readonly ShortlistEntry[]) {
  const partnerIds = new Set<number>();
  const partnerNames = new Set<string>();
  for (const p of partnerships) {
    for (const t of p.partners) {
      // A place typed by hand has no id: its name and country are all there is to go by.
      if (t.place.geonameId !== null) partnerIds.add(t.place.geonameId);
      else partnerNames.add(nameKey(t.place));
    }
  }
  const byId = new Map<number, ShortlistEntry>();
  const byName = new Map<string, ShortlistEntry>();
  for (const e of shortlist) {
    if (e.place.geonameId !== null) byId.set(e.place.geonameId, e);
    else byName.set(nameKey(e.place), e);
  }
  return {
    isPartner: (place: PlaceKey) =>
      (place.geonameId !== null && partnerIds.has(place.geonameId)) || partnerNames.has(nameKey(place)),
    shortlisted: (place: PlaceKey): ShortlistEntry | undefined =>
      (place.geonameId !== null ? byId.get(place.geonameId) : undefined) ?? byName.get(nameKey(place)),
  };
}
