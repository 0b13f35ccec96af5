import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

/** Partner search over the real gazetteer, from Sibiu (134,309 inhabitants), as the secretary runs it. */
describe('partner search from Sibiu', () => {
  let dir: string;
  let backend: Backend;

  beforeAll(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, quietLog());
    await must(backend, 'municipality:save', {
      name: 'Sibiu',
      country: 'RO',
      region: 'Sibiu',
      population: 134_309,
      languages: ['ro', 'de'],
      coordinates: { lat: 45.7928, lon: 24.1521 },
    });
  }, 60_000);
  afterAll(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('keeps Lanžhot out of a similar-size search for Landshut, and says a town of that name was too small', async () => {
    const similar = await must(backend, 'partnerSearch:run', { name: 'Landshut', size: 'similar' });
    expect(similar.results.map((r) => r.place.name)).not.toContain('Lanžhot');
    for (const r of similar.results) {
      expect(r.place.population).toBeGreaterThanOrEqual(67_155);
      expect(r.place.population).toBeLessThanOrEqual(268_618);
    }
    const any = await must(backend, 'partnerSearch:run', { name: 'Landshut', size: 'any' });
    expect(any.results.map((r) => r.place.name)).toContain('Lanžhot');
    expect(similar.outsideSize).toBeGreaterThan(0);
  }, 60_000);

  it('puts towns abroad first when the whole gazetteer is scanned', async () => {
    const result = await must(backend, 'partnerSearch:run', { limit: 30 });
    const countries = result.results.map((r) => r.place.country);
    const firstRomanian = countries.indexOf('RO');
    expect(countries[0]).not.toBe('RO');
    if (firstRomanian !== -1) expect(countries.slice(firstRomanian).every((c) => c === 'RO')).toBe(true);
  }, 60_000);

  it('says so when the name typed is the home town itself', async () => {
    const result = await must(backend, 'partnerSearch:run', { name: 'Nagyszeben' });
    expect(result.ownTown).toBe(true);
    expect(result.results.map((r) => r.place.name)).not.toContain('Sibiu');
    const other = await must(backend, 'partnerSearch:run', { name: 'Landshut' });
    expect(other.ownTown).toBe(false);
  }, 60_000);
});
