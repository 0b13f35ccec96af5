import type { Municipality } from '../../../shared/domain/committee';
import { distanceKm } from '../../../shared/domain/geo';
import { foldName } from '../../../shared/domain/placeNames';
import type { Gazetteer } from '../data/places/gazetteer';

/** Two gazetteer entries this close are one town (a centre and its municipality point). */
const SAME_TOWN_KM = 5;

/**
 * Whether a file's home-town cell names the committee's own town, through the gazetteer:
 * "Bucharest" and "București", "Hermannstadt" and "Sibiu" are the same town. Answers are
 * cached per distinct cell, since a file repeats its home town on every row.
 */
export function homeTownMatcher(
  gazetteer: Gazetteer,
  home: Pick<Municipality, 'name' | 'country' | 'coordinates'>,
): (value: string) => boolean {
  const own = foldName(home.name);
  const cache = new Map<string, boolean>();
  return (value) => {
    const key = foldName(value);
    if (key === '' || key === own) return true;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const matches = gazetteer.search({ query: value, country: home.country, limit: 8 });
    const same = matches.some(
      ({ place, quality }) =>
        quality === 'exact' &&
        (foldName(place.name) === own ||
          (home.coordinates !== null &&
            distanceKm(home.coordinates, { lat: place.lat, lon: place.lon }) <= SAME_TOWN_KM)),
    );
    cache.set(key, same);
    return same;
  };
}

/**
 * With no home town set, the one the secretary chose among the file's cells, through the
 * gazetteer too: choosing "Sibiu" keeps the rows that say "Hermannstadt". The cell itself
 * always counts; an unknown or ambiguous name falls back to the cell alone.
 */
export function chosenHomeMatcher(gazetteer: Gazetteer, chosen: string): (value: string) => boolean {
  const key = foldName(chosen);
  const exact = gazetteer.search({ query: chosen, limit: 8 }).filter((m) => m.quality === 'exact');
  const countries = new Set(exact.map((m) => m.place.country));
  const best = [...exact].sort((a, b) => b.place.population - a.place.population)[0];
  if (!best || countries.size > 1) return (value) => foldName(value) === key;
  const { name, country, lat, lon } = best.place;
  const sameTown = homeTownMatcher(gazetteer, { name, country, coordinates: { lat, lon } });
  return (value) => foldName(value) === key || sameTown(value);
}

export interface HomeTownCount {
  name: string;
  rows: number;
  own: boolean;
}

/** The distinct home towns a file names (first spelling kept), with how many rows each has. */
export function countHomeTowns(
  values: readonly string[],
  isOwn: ((value: string) => boolean) | null,
): HomeTownCount[] {
  const byKey = new Map<string, HomeTownCount>();
  for (const v of values) {
    const key = foldName(v);
    if (key === '') continue;
    const entry = byKey.get(key) ?? { name: v, rows: 0, own: isOwn ? isOwn(v) : false };
    entry.rows++;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.rows - a.rows);
}
