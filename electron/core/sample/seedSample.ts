import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Backend } from '../backend';
import { buziasOrnans, sampleContent } from './data/agreements';
import { sampleCommittees } from './data/committees';
import { seedSampleActivities } from './sampleActivities';
import { seedSampleMoney } from './sampleMoney';

type Dispatch = Backend['dispatch'];

async function must<C extends Channel>(dispatch: Dispatch, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await dispatch(channel, input);
  if (!result.ok)
    throw new Error(`The sample committee could not be written: ${channel}: ${result.error.message}`);
  return result.data as Output<C>;
}

/**
 * The sample committee of "Explore with sample data" and of the guide's pictures: the
 * invented Buziaș–Ornans link (its charter marked as a sample), two members, a second town
 * still at the prospect stage, a youth exchange next June and this year's budget, so every screen has something on it. Written through the same
 * requests the window sends, so it is always valid for the current version. Returns the
 * Ornans partnership's id.
 */
export async function seedSample(
  dispatch: Dispatch,
  today: Date = new Date(),
): Promise<{ partnershipId: string }> {
  const sample = sampleCommittees.buzias;
  await must(dispatch, 'municipality:save', sample.municipality);
  await must(dispatch, 'committee:save', {
    ...sample.committee,
    address: 'Str. Victoriei 1, Buziaș',
    email: 'infratire@example.org',
  });
  for (const member of [
    { name: 'Ioana Popescu', role: 'chair' as const },
    { name: 'Andrei Munteanu', role: 'secretary' as const },
  ]) {
    await must(dispatch, 'member:save', {
      ...member,
      email: '',
      phone: '',
      termStart: '2024-01-15',
      termEnd: null,
    });
  }
  const ornans = await must(dispatch, 'partnership:save', sample.partnership);
  await must(dispatch, 'agreement:save', { partnershipId: ornans.id, content: sampleContent(buziasOrnans) });
  await must(dispatch, 'partnership:save', {
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
  await seedSampleActivities(dispatch, ornans, today);
  await seedSampleMoney(dispatch, today.getFullYear());
  return { partnershipId: ornans.id };
}
