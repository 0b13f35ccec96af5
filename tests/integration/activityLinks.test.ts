import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

// The helper's clock reads 2026-05-09; the default threshold is 24 months.
const activeSince2020: Input<'partnership:save'> = {
  kind: 'partnership',
  status: 'active',
  statusSince: '2020-01-01',
  partners: [
    {
      key: 'ornans',
      place: {
        name: 'Ornans',
        country: 'FR',
        region: '',
        population: 4_000,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: [],
      contacts: [],
    },
  ],
  signings: [],
  resolutions: [],
  languages: [],
  themes: [],
  notes: '',
};

describe('an activity as a sign of life of its partnership', () => {
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

  const row = async (id: string) => (await must(backend, 'partnership:list', { ids: [id] }))[0]!;

  it('keeps a link from going quiet once a visit is planned with the partner, not while it is an idea, and no longer once it is cancelled', async () => {
    const link = await must(backend, 'partnership:save', activeSince2020);
    expect(await row(link.id)).toMatchObject({ dormant: true });
    expect((await must(backend, 'dashboard:get', {})).dormantTotal).toBe(1);

    const visit = await must(backend, 'activities:save', {
      title: 'Mayors in Ornans',
      kind: 'officialVisit',
      partnershipIds: [link.id],
      host: null,
      venue: { name: '', address: '' },
      startDate: '2026-04-18',
      endDate: '2026-04-20',
      programme: [],
      languages: [],
      themes: [],
      organisationIds: [],
      notes: '',
    });
    // An idea nobody has agreed to yet is not contact with the partner.
    expect(await row(link.id)).toMatchObject({ dormant: true });
    await must(backend, 'activities:setStatus', {
      id: visit.id,
      status: 'planned',
      date: '2026-05-09',
      note: '',
    });
    expect(await row(link.id)).toMatchObject({ dormant: false, lastActivity: '2026-04-18' });
    expect((await must(backend, 'dashboard:get', {})).dormantTotal).toBe(0);

    await must(backend, 'activities:setStatus', {
      id: visit.id,
      status: 'cancelled',
      date: '2026-05-09',
      note: '',
    });
    expect(await row(link.id)).toMatchObject({ dormant: true });
    expect((await must(backend, 'dashboard:get', {})).dormantTotal).toBe(1);
  });
});
