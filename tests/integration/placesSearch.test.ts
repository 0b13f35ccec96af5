import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { loadGazetteer, type Gazetteer } from '../../electron/core/data/places/gazetteer';
import { findPlacesDir } from '../../electron/core/data/placesDir';
import { call, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

/** Search over the real, committed gazetteer of Europe (resources/data/places). */
describe('gazetteer search over the whole of Europe', () => {
  let gazetteer: Gazetteer;
  const first = (query: string, country?: string) => gazetteer.search({ query, country, limit: 5 })[0];

  beforeAll(async () => {
    gazetteer = await loadGazetteer(findPlacesDir());
  });

  it('finds towns by their historical and foreign names, and says which name matched', () => {
    expect(first('Hermannstadt')).toMatchObject({
      place: { name: 'Sibiu', country: 'RO' },
      matchedName: 'Hermannstadt',
    });
    expect(first('Kolozsvár')).toMatchObject({ place: { name: 'Cluj-Napoca' }, matchedName: 'Kolozsvár' });
    expect(first('Pressburg')).toMatchObject({
      place: { name: 'Bratislava', country: 'SK' },
      matchedName: 'Pressburg',
    });
    expect(first('Київ')).toMatchObject({ place: { name: 'Kyiv', country: 'UA' } });
  });

  it('ignores accents and case in what is typed', () => {
    expect(first('Kolozsvar')).toMatchObject({ place: { name: 'Cluj-Napoca' }, matchedName: 'Kolozsvár' });
    expect(first('Bucuresti')).toMatchObject({
      place: { name: 'București' },
      matchedName: null,
      quality: 'exact',
    });
    expect(first('TIMISOARA')).toMatchObject({ place: { name: 'Timișoara' } });
    expect(first('lodz')).toMatchObject({ place: { name: 'Łódź', country: 'PL' } });
    expect(first('munchen')).toMatchObject({ place: { name: 'München', admin1: 'Bavaria' } });
  });

  it('finds a town from the start of its name or of any of its words', () => {
    expect(first('bucur')).toMatchObject({ place: { name: 'București' }, quality: 'prefix' });
    expect(first('napoca')).toMatchObject({ place: { name: 'Cluj-Napoca' } });
    expect(first('main frankfurt')).toMatchObject({ place: { name: 'Frankfurt am Main' }, quality: 'token' });
  });

  it('ranks whole-name matches first, then by population', () => {
    const wien = gazetteer.search({ query: 'Wien', limit: 3 });
    expect(wien.map((m) => m.place.name)).toEqual(['Wien', 'Wiener Neustadt', 'Wiener Neudorf']);
    const frankfurt = gazetteer.search({ query: 'Frankfurt', limit: 2 }).map((m) => m.place.name);
    expect(frankfurt).toEqual(['Frankfurt am Main', 'Frankfurt (Oder)']);
    const neustadt = gazetteer.search({ query: 'Neustadt', limit: 20 }).filter((m) => m.quality === 'exact');
    expect(neustadt.length).toBeGreaterThan(5);
    const populations = neustadt.map((m) => m.place.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('keeps to one country when asked', () => {
    const roma = gazetteer.search({ query: 'Roma', country: 'RO', limit: 5 });
    expect(roma.length).toBeGreaterThan(0);
    expect(roma.every((m) => m.place.country === 'RO')).toBe(true);
    expect(first('Roma')).toMatchObject({ place: { name: 'Roma', country: 'IT' } });
    expect(gazetteer.search({ query: 'Paris', country: 'US', limit: 5 })).toEqual([]);
  });

  it('returns at most the limit, and nothing for an empty query', () => {
    expect(gazetteer.search({ query: 'sa', limit: 7 })).toHaveLength(7);
    expect(gazetteer.search({ query: '  -  ', limit: 7 })).toEqual([]);
  });

  it('looks a place up by id and by nothing else', () => {
    const sibiu = first('Sibiu')?.place;
    expect(sibiu).toMatchObject({
      id: 'gn-667268',
      geonameId: 667268,
      source: 'geonames',
      admin1: 'Sibiu County',
    });
    expect(gazetteer.get('gn-667268')).toEqual(sibiu);
    expect(gazetteer.get('gn-1')).toBeNull();
    expect(gazetteer.get('667268')).toBeNull();
  });
});

describe('place channels', () => {
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeAll(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
  });
  afterAll(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('searches and fetches through dispatch, with the matched alternate name', async () => {
    const [match] = await must(backend, 'place:search', { query: 'Hermannstadt', limit: 5 });
    expect(match).toMatchObject({ place: { name: 'Sibiu' }, matchedName: 'Hermannstadt' });
    expect(await must(backend, 'place:get', { id: match!.place.id })).toEqual(match!.place);
    expect(log.errors).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown place and VALIDATION for a bad limit', async () => {
    expect(await call(backend, 'place:get', { id: 'gn-1' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call(backend, 'place:search', { query: 'Sibiu', limit: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
