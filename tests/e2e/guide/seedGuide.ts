import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import { createBackend, type Backend } from '../../../electron/core/backend';
import { buziasOrnans, sampleContent } from '../../../electron/cli/samples/agreements';
import { sampleCommittees } from '../../../electron/cli/samples/committees';

async function must<C extends Channel>(backend: Backend, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as Output<C>;
}

/**
 * The guide's sample committee: the invented Buziaș–Ornans link of `npm run demo` (marked as
 * a sample), its charter, two members and a second town still at the prospect stage, so every
 * screen the guide shows has something on it. Returns the Ornans partnership's id.
 */
export async function seedGuideFolder(dataDir: string): Promise<string> {
  const backend = await createBackend({ dataDir, transport: 'browser', appVersion: 'guide' });
  try {
    const sample = sampleCommittees.buzias;
    await must(backend, 'municipality:save', sample.municipality);
    await must(backend, 'committee:save', {
      ...sample.committee,
      address: 'Str. Victoriei 1, Buziaș',
      email: 'infratire@example.org',
    });
    for (const member of [
      { name: 'Ioana Popescu', role: 'chair' as const },
      { name: 'Andrei Munteanu', role: 'secretary' as const },
    ]) {
      await must(backend, 'member:save', {
        ...member,
        email: '',
        phone: '',
        termStart: '2024-01-15',
        termEnd: null,
      });
    }
    const ornans = await must(backend, 'partnership:save', sample.partnership);
    await must(backend, 'agreement:save', { partnershipId: ornans.id, content: sampleContent(buziasOrnans) });
    await must(backend, 'partnership:save', {
      kind: 'friendship',
      status: 'prospect',
      partners: [
        {
          place: {
            name: 'Sopron',
            country: 'HU',
            region: 'Győr-Moson-Sopron',
            population: 62246,
            coordinates: { lat: 47.68501, lon: 16.59049 },
            geonameId: 3045190,
            source: 'geonames' as const,
          },
          languages: ['hu', 'de'],
          contacts: [],
        },
      ],
      signings: [],
      resolutions: [],
      languages: ['ro', 'hu'],
      themes: ['culture'],
      notes: 'Sample data: a first contact at a regional fair.',
    });
    return ornans.id;
  } finally {
    await backend.close();
  }
}
