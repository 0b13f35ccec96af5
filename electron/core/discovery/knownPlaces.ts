import type { Partnership } from '../../../shared/domain/partnership';
import type { ShortlistEntry } from '../../../shared/domain/shortlist';

interface PlaceKey {
  geonameId: number | null;
  name: string;
  country: string;
}

const nameKey = (p: PlaceKey) => `${p.country}|${p.name.trim().toLowerCase()}`;

interface PartnerTowns {
  ids: Set<number>;
  names: Set<string>;
}

/**
 * The partner towns of a registry, kept per partnerships array: the store is copy-on-write,
 * so a new array means new data, and a search while nothing changed (every keystroke of a
 * name) reuses the sets instead of walking 30,000 links again (about 25 ms each time).
 */
const partnerTownsOf = new WeakMap<readonly Partnership[], PartnerTowns>();

function partnerTowns(partnerships: readonly Partnership[]): PartnerTowns {
  const cached = partnerTownsOf.get(partnerships);
  if (cached) return cached;
  const towns: PartnerTowns = { ids: new Set(), names: new Set() };
  for (const p of partnerships) {
    for (const t of p.partners) {
      // A place typed by hand has no id: its name and country are all there is to go by.
      if (t.place.geonameId !== null) towns.ids.add(t.place.geonameId);
      else towns.names.add(nameKey(t.place));
    }
  }
  partnerTownsOf.set(partnerships, towns);
  return towns;
}

/**
 * Towns the committee already knows: partners in any partnership, and shortlisted
 * candidates. Looked up by GeoNames id, or by name and country for places typed by hand.
 */
export function knownPlaces(partnerships: readonly Partnership[], shortlist: readonly ShortlistEntry[]) {
  const partners = partnerTowns(partnerships);
  const byId = new Map<number, ShortlistEntry>();
  const byName = new Map<string, ShortlistEntry>();
  for (const e of shortlist) {
    if (e.place.geonameId !== null) byId.set(e.place.geonameId, e);
    else byName.set(nameKey(e.place), e);
  }
  return {
    isPartner: (place: PlaceKey) =>
      (place.geonameId !== null && partners.ids.has(place.geonameId)) || partners.names.has(nameKey(place)),
    shortlisted: (place: PlaceKey): ShortlistEntry | undefined =>
      (place.geonameId !== null ? byId.get(place.geonameId) : undefined) ?? byName.get(nameKey(place)),
  };
}
