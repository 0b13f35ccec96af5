import type { Municipality } from '../../../shared/domain/committee';
import { distanceKm } from '../../../shared/domain/geo';
import type { Theme } from '../../../shared/domain/partnership';
import {
  compareRanked,
  passesFilters,
  scoreCandidate,
  type Candidate,
  type HomeProblem,
  type HomeTown,
  type RankedCandidate,
  type SearchCriteria,
  type SearchResult,
} from '../../../shared/domain/partnerSearch';
import type { Place } from '../../../shared/domain/place';
import { samePlace } from '../../../shared/domain/shortlist';
import type { LazyGazetteer } from '../data/places/gazetteer';
import type { ServiceContext } from '../context';
import { knownPlaces } from './knownPlaces';
import { committeeOf } from '../store/views';

/** Name searches look at this many gazetteer matches before ranking them. */
const NAME_MATCHES = 50;

function homeTown(m: Municipality | null): { home: HomeTown | null; problems: HomeProblem[] } {
  if (!m) return { home: null, problems: ['noMunicipality'] };
  const problems: HomeProblem[] = [];
  if (!m.coordinates) problems.push('noCoordinates');
  if (m.population === null || m.population <= 0) problems.push('noPopulation');
  return {
    home: {
      name: m.name,
      country: m.country,
      population: m.population,
      coordinates: m.coordinates,
      languages: m.languages,
    },
    problems,
  };
}

/** Keeps the best `limit` results without sorting every place in Europe. */
class TopList {
  readonly items: RankedCandidate[] = [];
  constructor(private readonly limit: number) {}
  offer(r: RankedCandidate) {
    const items = this.items;
    if (items.length === this.limit && compareRanked(r, items[items.length - 1] as RankedCandidate) >= 0)
      return;
    let i = items.length === this.limit ? this.limit - 1 : items.length;
    while (i > 0 && compareRanked(r, items[i - 1] as RankedCandidate) < 0) i--;
    items.splice(i, 0, r);
    if (items.length > this.limit) items.pop();
  }
}

/**
 * Partner search (key 1): picks candidate towns from the gazetteer, by name or by scanning
 * every place through the filters, and ranks them with their reasons. Runs in the core
 * so the renderer never holds the gazetteer.
 */
export function partnerSearchService(ctx: ServiceContext, places: LazyGazetteer) {
  return {
    async run(criteria: SearchCriteria): Promise<SearchResult> {
      const gazetteer = await places.get();
      const db = ctx.store().data;
      const { home, problems } = homeTown(committeeOf(db).municipality);
      const known = knownPlaces(db.partnerships, db.shortlist);
      const top = new TopList(criteria.limit);
      let considered = 0;
      let outsideSize = 0;
      let ownTown = false;
      const byName = criteria.name !== '';

      const consider = (place: Place, matchedName: string | null) => {
        if (
          home &&
          samePlace(
            { geonameId: null, name: home.name, country: home.country },
            { ...place, geonameId: null },
          )
        ) {
          if (byName) ownTown = true;
          return;
        }
        const km = home?.coordinates ? distanceKm(home.coordinates, place) : null;
        if (!passesFilters(place, km, criteria, home?.population ?? null)) {
          if (byName && passesFilters(place, km, { ...criteria, size: 'any' })) outsideSize++;
          return;
        }
        considered++;
        const entry = known.shortlisted(place);
        const candidate: Candidate = {
          place,
          themes: entry ? (entry.themes as Theme[]) : null,
          shortlistId: entry?.id ?? null,
          alreadyPartner: known.isPartner(place),
          matchedName,
        };
        top.offer(scoreCandidate(home, candidate, criteria));
      };

      if (byName) {
        for (const match of gazetteer.search({ query: criteria.name, limit: NAME_MATCHES })) {
          consider(match.place, match.matchedName);
        }
      } else {
        for (const place of gazetteer.all()) consider(place, null);
      }
      return {
        home: home ? { name: home.name, country: home.country } : null,
        homeProblems: problems,
        results: top.items,
        considered,
        outsideSize,
        ownTown,
      };
    },
  };
}
export type PartnerSearchService = ReturnType<typeof partnerSearchService>;
