import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Backend } from '../backend';
import { buziasOrnans, sampleContent } from './data/agreements';
import { sampleCommittees } from './data/committees';
import { seedSampleActivities } from './sampleActivities';
import { seedSampleChoir } from './sampleChoir';
import { seedSampleFunding } from './sampleApplication';
import { seedSampleMoney } from './sampleMoney';
import { seedSampleYouth } from './samplePeople';
import { seedSamplePlanning } from './samplePlanning';

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
 * still at the prospect stage, a youth exchange next June with its group, the Ornans choir's
 * autumn visit with its guests and host families, a three-year plan, a meeting and tasks, an
 * Erasmus+ application being drafted and this year's budget, so every screen has something on it. Written through the same
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
  const memberIds: string[] = [];
  for (const member of [
    { name: 'Ioana Popescu', role: 'chair' as const },
    { name: 'Andrei Munteanu', role: 'secretary' as const },
  ]) {
    const saved = await must(dispatch, 'member:save', {
      ...member,
      email: '',
      phone: '',
      termStart: '2024-01-15',
      termEnd: null,
    });
    memberIds.push(saved.id);
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
  const [chair, secretary] = memberIds;
  if (!chair || !secretary) throw new Error('The sample committee could not be written: its two members.');
  const youthExchange = await seedSampleActivities(dispatch, ornans, today);
  await seedSampleYouth(dispatch, youthExchange);
  const choirVisitId = await seedSampleChoir(dispatch, ornans, today);
  await seedSamplePlanning(
    dispatch,
    {
      ornansId: ornans.id,
      memberIds: [chair, secretary],
      youthExchangeId: youthExchange.id,
      choirVisitId,
    },
    today,
  );
  await seedSampleFunding(dispatch, youthExchange, today);
  await seedSampleMoney(dispatch, today.getFullYear());
  return { partnershipId: ornans.id };
}
