import { z } from 'zod';
import { CountryCode, Id, LanguageCode } from './common';
import { countryLanguages } from './countryLanguages';
import { isEuMember } from './europe';
import { distanceKm } from './geo';
import { Theme } from './partnership';
import { Place } from './place';

/** How the size of a candidate should compare with the home town. */
export const SizePreference = z.enum(['similar', 'smaller', 'larger', 'any']);
export type SizePreference = z.infer<typeof SizePreference>;

export const SEARCH_RESULT_MAX = 100;

/**
 * What "similar" means, said on the form and applied as a filter: from half to twice the home
 * town's population (Lanžhot, 3,608 inhabitants, is not "similar" to Sibiu's 134,309).
 * "Smaller" and "larger" keep towns below or above it. A town whose population the gazetteer
 * does not record cannot be shown to fit, so only "any" keeps it.
 */
export const SIMILAR_FACTOR = 2;

export function sizeRange(
  homePopulation: number,
  preference: SizePreference,
): { min: number; max: number } | null {
  if (preference === 'any' || homePopulation <= 0) return null;
  if (preference === 'similar')
    return {
      min: Math.ceil(homePopulation / SIMILAR_FACTOR),
      max: Math.floor(homePopulation * SIMILAR_FACTOR),
    };
  return preference === 'smaller'
    ? { min: 1, max: homePopulation - 1 }
    : { min: homePopulation + 1, max: Infinity };
}

export const SearchCriteria = z
  .object({
    /** A name or alternate name ("Hermannstadt"); empty scans the whole gazetteer. */
    name: z.string().trim().max(200).default(''),
    wantedCountries: z.array(CountryCode).max(80).default([]),
    excludedCountries: z.array(CountryCode).max(80).default([]),
    size: SizePreference.default('similar'),
    maxDistanceKm: z.int().min(10).max(6000).nullable().default(null),
    /** Languages the committee can work in; empty means the home town's languages. */
    languages: z.array(LanguageCode).max(20).default([]),
    themes: z.array(Theme).max(Theme.options.length).default([]),
    limit: z.int().min(1).max(SEARCH_RESULT_MAX).default(30),
  })
  .strict();
export type SearchCriteria = z.output<typeof SearchCriteria>;
export type SearchCriteriaInput = z.input<typeof SearchCriteria>;

export const ReasonCode = z.enum([
  'sizeSimilar',
  'sizeClose',
  'sizeDifferent',
  'sizeFits',
  'sizeUnknown',
  'homeSizeUnknown',
  'distanceNear',
  'distanceFar',
  'distanceUnknown',
  'languageShared',
  'languageNone',
  'themesShared',
  'themesNone',
  'themesUnknown',
  'countryWanted',
  'euMember',
  'notEuMember',
  'alreadyPartner',
  'shortlisted',
  'sameCountry',
]);
export type ReasonCode = z.infer<typeof ReasonCode>;

/** good/fair/poor for criteria that scored; info for facts that did not change the score. */
export const ReasonEffect = z.enum(['good', 'fair', 'poor', 'info']);
export type ReasonEffect = z.infer<typeof ReasonEffect>;

/**
 * One human-readable reason: the UI shows `discovery:reason.<code>` with `params`
 * (countries and languages as codes, themes as Theme values, numbers unformatted).
 */
export const Reason = z.object({
  code: ReasonCode,
  effect: ReasonEffect,
  points: z.number().min(0),
  max: z.number().min(0),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});
export type Reason = z.infer<typeof Reason>;

export const RankedCandidate = z.object({
  place: Place,
  score: z.int().min(0).max(100),
  reasons: z.array(Reason),
  distanceKm: z.number().nullable(),
  shortlistId: Id.nullable(),
  alreadyPartner: z.boolean(),
  /** The alternate name that found it ("Hermannstadt"), when the search was by name. */
  matchedName: z.string().nullable(),
  /**
   * In the home country, which was not asked for: ranked after every town abroad, since a
   * twinning (and a CERV grant) is between countries.
   */
  domestic: z.boolean(),
});
export type RankedCandidate = z.infer<typeof RankedCandidate>;

export interface HomeTown {
  name: string;
  country: string;
  population: number | null;
  coordinates: { lat: number; lon: number } | null;
  languages: readonly string[];
}

export interface Candidate {
  place: Place;
  /** Themes recorded on the shortlist; null when the town's interests are not known. */
  themes: readonly Theme[] | null;
  shortlistId: string | null;
  alreadyPartner: boolean;
  matchedName: string | null;
}

/** How much each criterion weighs when it can be judged; criteria that cannot are left out. */
export const WEIGHTS = { size: 30, distance: 25, language: 25, themes: 20 } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;
const effectOf = (share: number): ReasonEffect => (share >= 0.67 ? 'good' : share >= 0.34 ? 'fair' : 'poor');
const scored = (code: ReasonCode, share: number, max: number, params: Reason['params']): Reason => ({
  code,
  effect: effectOf(share),
  points: round1(share * max),
  max,
  params,
});
const info = (code: ReasonCode, params: Reason['params'] = {}): Reason => ({
  code,
  effect: 'info',
  points: 0,
  max: 0,
  params,
});

/** Share of the size points: full within a factor of 2 (similar) or on the wanted side, fading over a factor of 8. */
export function sizeShare(ratio: number, preference: Exclude<SizePreference, 'any'>): number {
  const octaves = Math.log2(ratio);
  const off =
    preference === 'similar'
      ? Math.max(0, Math.abs(octaves) - 1)
      : preference === 'smaller'
        ? Math.max(0, octaves)
        : Math.max(0, -octaves);
  return Math.max(0, 1 - off / 3);
}

function sizeReason(home: HomeTown | null, place: Place, preference: SizePreference): Reason | null {
  if (preference === 'any') return null;
  // No home town at all is said once, above the results (homeProblems), not on every card.
  if (!home) return null;
  if (home.population === null || home.population <= 0) return info('homeSizeUnknown');
  // Half the points, neither for nor against: left out of the score, an unknown size would
  // lift every hamlet without a recorded population above towns of the size asked for.
  if (place.population <= 0) return scored('sizeUnknown', 0.5, WEIGHTS.size, {});
  const ratio = place.population / home.population;
  const share = sizeShare(ratio, preference);
  // Two significant digits below 1, so a hamlet reads "0.011 ×", not "0 ×".
  const params = {
    population: place.population,
    homePopulation: home.population,
    ratio: ratio >= 1 ? round1(ratio) : Number(ratio.toPrecision(2)),
  };
  // The words follow the effect: a size that still counts in favour is "close", never "different".
  const code: ReasonCode =
    share === 1
      ? preference === 'similar'
        ? 'sizeSimilar'
        : 'sizeFits'
      : effectOf(share) === 'good'
        ? 'sizeClose'
        : 'sizeDifferent';
  return scored(code, share, WEIGHTS.size, { ...params, preference });
}

function distanceReason(km: number | null, maxKm: number | null): Reason {
  if (km === null) return info('distanceUnknown');
  // Nearer is easier for coach trips and school exchanges; the scale is the limit set, else 2,500 km.
  const scale = maxKm ?? 2500;
  const share = Math.max(0, 1 - km / scale);
  return scored(share >= 0.5 ? 'distanceNear' : 'distanceFar', share, WEIGHTS.distance, {
    km: Math.round(km),
    maxKm: scale,
  });
}

function languageReason(place: Place, working: readonly string[]): Reason | null {
  if (working.length === 0) return null;
  const spoken = countryLanguages(place.country);
  const shared = spoken.filter((l) => working.includes(l));
  if (shared.length > 0) return scored('languageShared', 1, WEIGHTS.language, { languages: shared });
  return scored('languageNone', 0, WEIGHTS.language, { languages: [...spoken] });
}

function themesReason(wanted: readonly Theme[], known: readonly Theme[] | null): Reason | null {
  if (wanted.length === 0) return null;
  // A gazetteer town's interests are unknown: neither a plus nor a minus, and said so.
  if (known === null) return info('themesUnknown', { themes: [...wanted] });
  const shared = wanted.filter((t) => known.includes(t));
  if (shared.length === 0) return scored('themesNone', 0, WEIGHTS.themes, { themes: [...wanted] });
  return scored('themesShared', shared.length / wanted.length, WEIGHTS.themes, {
    themes: shared,
    wanted: wanted.length,
  });
}

/**
 * Scores one candidate out of 100 over the criteria that can be judged for it, and lists
 * every reason, good or bad, so the secretary can explain the rank to the council.
 */
export function scoreCandidate(
  home: HomeTown | null,
  candidate: Candidate,
  criteria: SearchCriteria,
): RankedCandidate {
  const { place } = candidate;
  const km = home?.coordinates ? distanceKm(home.coordinates, place) : null;
  const working = criteria.languages.length > 0 ? criteria.languages : (home?.languages ?? []);
  const reasons: Reason[] = [];
  const push = (r: Reason | null) => {
    if (r) reasons.push(r);
  };
  push(sizeReason(home, place, criteria.size));
  push(home ? distanceReason(km, criteria.maxDistanceKm) : null);
  push(languageReason(place, working));
  push(themesReason(criteria.themes, candidate.themes));
  if (criteria.wantedCountries.includes(place.country))
    push(info('countryWanted', { country: place.country }));
  push(info(isEuMember(place.country) ? 'euMember' : 'notEuMember', { country: place.country }));
  const domestic =
    home !== null && place.country === home.country && !criteria.wantedCountries.includes(home.country);
  if (domestic) push({ ...info('sameCountry', { country: place.country }), effect: 'poor' });
  if (candidate.alreadyPartner) push({ ...info('alreadyPartner'), effect: 'poor' });
  if (candidate.shortlistId) push(info('shortlisted'));

  const max = reasons.reduce((sum, r) => sum + r.max, 0);
  const points = reasons.reduce((sum, r) => sum + r.points, 0);
  const score = max === 0 ? 0 : Math.round((100 * points) / max);
  return {
    place,
    score: candidate.alreadyPartner ? Math.min(score, 10) : score,
    reasons,
    distanceKm: km === null ? null : Math.round(km),
    shortlistId: candidate.shortlistId,
    alreadyPartner: candidate.alreadyPartner,
    matchedName: candidate.matchedName,
    domestic,
  };
}

/**
 * Towns abroad before towns at home (unless home was asked for), then best first; ties go to
 * the larger town (more likely to have a twinning committee), then the name.
 */
export function compareRanked(a: RankedCandidate, b: RankedCandidate): number {
  return (
    Number(a.domestic) - Number(b.domestic) ||
    b.score - a.score ||
    b.place.population - a.place.population ||
    a.place.name.localeCompare(b.place.name)
  );
}

/**
 * True when the place passes the hard filters: countries wanted or excluded, the distance
 * limit, and the size asked for (when the home town's population is known).
 */
export function passesFilters(
  place: Pick<Place, 'country' | 'population'>,
  km: number | null,
  criteria: SearchCriteria,
  homePopulation: number | null = null,
): boolean {
  if (criteria.excludedCountries.includes(place.country)) return false;
  const range = homePopulation === null ? null : sizeRange(homePopulation, criteria.size);
  if (range && (place.population < range.min || place.population > range.max)) return false;
  if (criteria.wantedCountries.length > 0 && !criteria.wantedCountries.includes(place.country)) return false;
  return criteria.maxDistanceKm === null || km === null || km <= criteria.maxDistanceKm;
}

export function rankCandidates(
  home: HomeTown | null,
  candidates: readonly Candidate[],
  criteria: SearchCriteria,
): RankedCandidate[] {
  return candidates
    .map((c) => scoreCandidate(home, c, criteria))
    .sort(compareRanked)
    .slice(0, criteria.limit);
}

export const HomeProblem = z.enum(['noMunicipality', 'noCoordinates', 'noPopulation']);
export type HomeProblem = z.infer<typeof HomeProblem>;

export const SearchResult = z.object({
  home: z.object({ name: z.string(), country: CountryCode }).nullable(),
  homeProblems: z.array(HomeProblem),
  results: z.array(RankedCandidate),
  /** How many places passed the filters before the best were kept. */
  considered: z.int().min(0),
  /** Places the name matched that the size asked for left out, so "nothing matches" can say why. */
  outsideSize: z.int().min(0),
  /** The name typed is the home town's own ("Nagyszeben" from Sibiu): it is never a candidate. */
  ownTown: z.boolean(),
});
export type SearchResult = z.infer<typeof SearchResult>;
