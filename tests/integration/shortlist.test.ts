import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

const sibiu = {
  name: 'Sibiu',
  country: 'RO',
  region: 'Sibiu',
  population: 151_894,
  coordinates: { lat: 45.8, lon: 24.15 },
  geonameId: 667268,
  source: 'geonames' as const,
};

describe('the shortlist and the partnerships made from it', () => {
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  it('forgets the link to a partnership that was deleted, so the candidate can be made a partnership again', async () => {
    const entry = await must(backend, 'shortlist:save', {
      place: sibiu,
      themes: ['culture'],
      notes: 'Met at the forum',
      status: 'contacted',
      scoreWhenAdded: 55,
    });
    const { partnershipId } = await must(backend, 'shortlist:createPartnership', {
      id: entry.id,
      kind: 'partnership',
    });
    expect((await must(backend, 'shortlist:list', {}))[0]).toMatchObject({ status: 'chosen', partnershipId });

    await must(backend, 'partnership:delete', { id: partnershipId });
    // No longer "chosen" for a link that is gone (the review's bug); back among the candidates.
    expect((await must(backend, 'shortlist:list', {}))[0]).toMatchObject({
      status: 'considering',
      partnershipId: null,
      notes: 'Met at the forum',
    });

    const again = await must(backend, 'shortlist:createPartnership', { id: entry.id, kind: 'friendship' });
    expect(again.partnershipId).not.toBe(partnershipId);
    expect(
      (await must(backend, 'partnership:get', { id: again.partnershipId })).partners[0]?.place.name,
    ).toBe('Sibiu');
  });
});
