import { describe, expect, it } from 'vitest';
import {
  passesFilters,
  rankCandidates,
  scoreCandidate,
  SearchCriteria,
  sizeRange,
  sizeShare,
  type Candidate,
  type HomeTown,
} from '../../../../shared/domain/partnerSearch';
import type { Place } from '../../../../shared/domain/place';

const home: HomeTown = {
  name: 'Sibiu',
  country: 'RO',
  population: 150_000,
  coordinates: { lat: 45.8, lon: 24.15 },
  languages: ['ro'],
};

function place(name: string, country: string, population: number, lat: number, lon: number): Place {
  return {
    id: `gn-${name.length}${population}`,
    name,
    asciiName: name,
    country,
    admin1: '',
    admin2: '',
    population,
    lat,
    lon,
    geonameId: population,
    source: 'geonames',
  };
}
const candidate = (p: Place, themes: Candidate['themes'] = null): Candidate => ({
  place: p,
  themes,
  shortlistId: null,
  alreadyPartner: false,
  matchedName: null,
});
const criteria = (input: Partial<SearchCriteria> = {}) => SearchCriteria.parse(input);

const landshut = place('Landshut', 'DE', 80_000, 48.54, 12.15);
const chisinau = place('Chișinău', 'MD', 640_000, 47.0, 28.86);
const rennes = place('Rennes', 'FR', 220_000, 48.11, -1.68);
const hamlet = place('Kleinhausen', 'DE', 600, 50.0, 10.0);

describe('partner search ranking', () => {
  it('gives every candidate a reason for each criterion it was judged on', () => {
    const ranked = scoreCandidate(home, candidate(landshut), criteria({ themes: ['youth'] }));
    const codes = ranked.reasons.map((r) => r.code);
    expect(codes).toEqual(
      expect.arrayContaining(['sizeSimilar', 'languageNone', 'themesUnknown', 'euMember']),
    );
    expect(codes.some((c) => c === 'distanceNear' || c === 'distanceFar')).toBe(true);
    expect(ranked.distanceKm).toBeGreaterThan(900);
    expect(ranked.distanceKm).toBeLessThan(1100);
  });

  it('ranks a town sharing the home language above an otherwise similar one that does not', () => {
    const [first] = rankCandidates(
      home,
      [candidate(landshut), candidate(chisinau)],
      criteria({ size: 'any' }),
    );
    expect(first?.place.name).toBe('Chișinău');
    expect(first?.reasons.find((r) => r.code === 'languageShared')?.params.languages).toEqual(['ro']);
  });

  it('ranks a town of similar size above a hamlet when size is what matters', () => {
    const ranked = rankCandidates(home, [candidate(hamlet), candidate(landshut)], criteria());
    expect(ranked.map((r) => r.place.name)).toEqual(['Landshut', 'Kleinhausen']);
    expect(ranked[1]?.reasons.find((r) => r.code === 'sizeDifferent')?.effect).toBe('poor');
  });

  it('calls a size that still counts in favour close, not different, and writes a tiny ratio with its digits', () => {
    const sizeOf = (p: Place) =>
      scoreCandidate(home, candidate(p), criteria()).reasons.find((r) => r.code.startsWith('size'));
    // 60,000 is 0.4 × 150,000: outside the factor of two, but still good.
    const close = sizeOf(place('Mediaș', 'RO', 60_000, 46.16, 24.35));
    expect(close).toMatchObject({ code: 'sizeClose', effect: 'good', params: { ratio: 0.4 } });
    const far = sizeOf(place('Cisnădioara', 'RO', 1_650, 45.71, 24.11));
    expect(far).toMatchObject({ code: 'sizeDifferent', effect: 'poor', params: { ratio: 0.011 } });
  });

  it('gives a town whose population is unknown half the size points, so it cannot outrank a town of the size asked for', () => {
    const unknown = place('Hochleithen', 'RO', 0, 45.9, 24.2);
    const ranked = rankCandidates(
      home,
      [candidate(unknown), candidate(place('Mediaș', 'RO', 120_000, 46.16, 24.35))],
      criteria(),
    );
    expect(ranked.map((r) => r.place.name)).toEqual(['Mediaș', 'Hochleithen']);
    expect(ranked[1]?.reasons.find((r) => r.code === 'sizeUnknown')).toMatchObject({
      effect: 'fair',
      points: 15,
      max: 30,
    });
  });

  it('leaves unknown themes out of the score instead of counting them against a town', () => {
    const without = scoreCandidate(home, candidate(rennes), criteria());
    const unknown = scoreCandidate(home, candidate(rennes), criteria({ themes: ['youth', 'culture'] }));
    expect(unknown.score).toBe(without.score);
    expect(unknown.reasons.find((r) => r.code === 'themesUnknown')).toMatchObject({
      effect: 'info',
      points: 0,
      max: 0,
    });
  });

  it('counts themes recorded on the shortlist, in proportion to those wanted', () => {
    const known = scoreCandidate(
      home,
      candidate(rennes, ['youth']),
      criteria({ themes: ['youth', 'culture'] }),
    );
    const reason = known.reasons.find((r) => r.code === 'themesShared');
    expect(reason).toMatchObject({ points: 10, max: 20, params: { themes: ['youth'], wanted: 2 } });
    const none = scoreCandidate(home, candidate(rennes, ['sport']), criteria({ themes: ['youth'] }));
    expect(none.reasons.find((r) => r.code === 'themesNone')?.effect).toBe('poor');
    expect(none.score).toBeLessThan(known.score);
  });

  it('says the distance is unknown and ranks without it when the home town has no coordinates', () => {
    const noCoords = { ...home, coordinates: null };
    const ranked = scoreCandidate(noCoords, candidate(landshut), criteria());
    expect(ranked.distanceKm).toBeNull();
    expect(ranked.reasons.find((r) => r.code === 'distanceUnknown')).toMatchObject({
      effect: 'info',
      max: 0,
    });
    expect(ranked.score).toBeGreaterThan(0);
  });

  it('says the home size is unknown rather than guessing when the population is missing', () => {
    const ranked = scoreCandidate({ ...home, population: null }, candidate(landshut), criteria());
    expect(ranked.reasons.map((r) => r.code)).toContain('homeSizeUnknown');
  });

  it('prefers nearer towns, scaled to the distance limit the secretary set', () => {
    const near = scoreCandidate(
      home,
      candidate(place('Brașov', 'RO', 150_000, 45.65, 25.6)),
      criteria({ maxDistanceKm: 500 }),
    );
    const far = scoreCandidate(
      home,
      candidate(place('Timișoara', 'RO', 150_000, 45.75, 21.23)),
      criteria({ maxDistanceKm: 500 }),
    );
    expect(near.score).toBeGreaterThan(far.score);
    expect(near.reasons.find((r) => r.code === 'distanceNear')?.params.maxKm).toBe(500);
  });

  it('pushes a town that is already a partner to the bottom and says why', () => {
    const partner = { ...candidate(chisinau), alreadyPartner: true };
    const ranked = rankCandidates(home, [partner, candidate(hamlet)], criteria());
    expect(ranked[1]?.place.name).toBe('Chișinău');
    expect(ranked[1]?.reasons.find((r) => r.code === 'alreadyPartner')?.effect).toBe('poor');
  });

  it('keeps only as many results as asked for, best first', () => {
    const ranked = rankCandidates(
      home,
      [candidate(hamlet), candidate(landshut), candidate(rennes), candidate(chisinau)],
      criteria({ limit: 2 }),
    );
    expect(ranked).toHaveLength(2);
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(ranked[1]!.score);
  });

  it('gives full size points within a factor of two and none beyond a factor of sixteen', () => {
    expect(sizeShare(1, 'similar')).toBe(1);
    expect(sizeShare(2, 'similar')).toBe(1);
    expect(sizeShare(0.5, 'similar')).toBe(1);
    expect(sizeShare(16, 'similar')).toBe(0);
    expect(sizeShare(0.1, 'smaller')).toBe(1);
    expect(sizeShare(8, 'smaller')).toBe(0);
  });
});

describe('what the size asked for lets through', () => {
  const sibiu = 134_309;
  const lanzhot = place('Lanžhot', 'CZ', 3_608, 48.72, 16.97);

  it('keeps a similar-size search from Sibiu to towns of half to twice its size, so Lanžhot does not pass', () => {
    expect(sizeRange(sibiu, 'similar')).toEqual({ min: 67_155, max: 268_618 });
    expect(passesFilters(lanzhot, 900, criteria({ size: 'similar' }), sibiu)).toBe(false);
    expect(passesFilters(landshut, 900, criteria({ size: 'similar' }), sibiu)).toBe(true);
    expect(passesFilters(lanzhot, 900, criteria({ size: 'any' }), sibiu)).toBe(true);
  });

  it('keeps smaller and larger towns on their side of the home town only', () => {
    expect(passesFilters(lanzhot, 900, criteria({ size: 'smaller' }), sibiu)).toBe(true);
    expect(passesFilters(rennes, 900, criteria({ size: 'smaller' }), sibiu)).toBe(false);
    expect(passesFilters(rennes, 900, criteria({ size: 'larger' }), sibiu)).toBe(true);
  });

  it('leaves out a town whose population is unknown unless any size is asked for', () => {
    const unknown = place('Nowhere', 'DE', 0, 50, 10);
    expect(passesFilters(unknown, 900, criteria({ size: 'similar' }), sibiu)).toBe(false);
    expect(passesFilters(unknown, 900, criteria({ size: 'any' }), sibiu)).toBe(true);
  });

  it('does not filter by size when the home population is not known', () => {
    expect(passesFilters(lanzhot, 900, criteria({ size: 'similar' }), null)).toBe(true);
    expect(sizeRange(0, 'similar')).toBeNull();
  });
});

describe('towns in the home country', () => {
  const brasov = place('Brașov', 'RO', 150_000, 45.65, 25.6);

  it('rank below towns abroad, even with a higher score, and say why', () => {
    const ranked = rankCandidates(home, [candidate(brasov), candidate(landshut)], criteria());
    expect(ranked.map((r) => r.place.name)).toEqual(['Landshut', 'Brașov']);
    expect(ranked[1]!.score).toBeGreaterThan(ranked[0]!.score);
    expect(ranked[1]!.reasons.find((r) => r.code === 'sameCountry')).toMatchObject({
      effect: 'poor',
      params: { country: 'RO' },
    });
  });

  it('rank with the others when the secretary asks for the home country', () => {
    const ranked = rankCandidates(
      home,
      [candidate(landshut), candidate(brasov)],
      criteria({ wantedCountries: ['RO', 'DE'] }),
    );
    expect(ranked[0]?.place.name).toBe('Brașov');
    expect(ranked.every((r) => !r.domestic)).toBe(true);
  });
});
