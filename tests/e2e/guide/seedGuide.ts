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
    // A youth exchange next June, so the Overview, the Activities area and its programme show one.
    const year = new Date().getFullYear() + 1;
    const day = (d: number) => `${year}-06-${String(d).padStart(2, '0')}`;
    const camp = await must(backend, 'activities:save', {
      title: 'Buziaș youth in Ornans',
      kind: 'youthExchange',
      partnershipIds: [ornans.id],
      host: ornans.partners[0]?.id ?? null,
      venue: { name: 'Maison des jeunes', address: 'Rue Pierre Vernier, Ornans' },
      startDate: day(10),
      endDate: day(12),
      programme: [
        {
          date: day(10),
          items: [
            {
              time: '17:00',
              title: 'Arrival and welcome by the host families',
              place: 'Town hall',
              note: '',
            },
            { time: '19:30', title: 'Shared dinner', place: 'Maison des jeunes', note: '' },
          ],
        },
        {
          date: day(11),
          items: [
            { time: '09:30', title: 'Workshop: a river for both towns', place: 'Loue riverside', note: '' },
            { time: '15:00', title: 'Visit of the Courbet museum', place: 'Musée Courbet', note: '' },
          ],
        },
        { date: day(12), items: [{ time: '10:00', title: 'Farewell and departure', place: '', note: '' }] },
      ],
      languages: ['ro', 'fr'],
      themes: [{ theme: 'youth', how: 'Young people of both towns prepare and run the river workshop.' }],
      organisationIds: [],
      notes: 'Sample data.',
      status: 'planned',
    });
    await must(backend, 'activities:setStatus', {
      id: camp.id,
      status: 'confirmed',
      date: new Date().toISOString().slice(0, 10),
      note: 'Coach booked',
    });
    return ornans.id;
  } finally {
    await backend.close();
  }
}
