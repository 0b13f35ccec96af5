import type { Partnership } from '../../../shared/domain/partnership';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Backend } from '../backend';

type Dispatch = Backend['dispatch'];

async function must<C extends Channel>(dispatch: Dispatch, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await dispatch(channel, input);
  if (!result.ok)
    throw new Error(`The sample activities could not be written: ${channel}: ${result.error.message}`);
  return result.data as Output<C>;
}

/** The sample committee's youth exchange with Ornans next June, confirmed, with its programme; returns it. */
export async function seedSampleActivities(
  dispatch: Dispatch,
  ornans: Partnership,
  today: Date,
): Promise<{ id: string; startDate: string; endDate: string }> {
  // A youth exchange next June, so the Overview, the Activities area and its programme show one.
  const year = today.getFullYear() + 1;
  const day = (d: number) => `${year}-06-${String(d).padStart(2, '0')}`;
  const camp = await must(dispatch, 'activities:save', {
    title: 'Buziaș youth in Ornans',
    kind: 'youthExchange',
    partnershipIds: [ornans.id],
    host: ornans.partners[0]?.id ?? null,
    venue: { name: 'Maison des jeunes', address: 'Rue Pierre Vernier, Ornans' },
    startDate: day(10),
    // Six days: Erasmus+ youth exchanges last at least five, so the sample's application passes.
    endDate: day(15),
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
      {
        date: day(12),
        items: [{ time: '', title: 'A day with the host families', place: '', note: '' }],
      },
      {
        date: day(13),
        items: [{ time: '09:00', title: 'Trip to Besançon', place: 'Citadelle de Besançon', note: '' }],
      },
      {
        date: day(14),
        items: [
          {
            time: '10:00',
            title: 'The workshop’s exhibition for both towns',
            place: 'Maison des jeunes',
            note: '',
          },
        ],
      },
      { date: day(15), items: [{ time: '10:00', title: 'Farewell and departure', place: '', note: '' }] },
    ],
    languages: ['ro', 'fr'],
    themes: [{ theme: 'youth', how: 'Young people of both towns prepare and run the river workshop.' }],
    organisationIds: [],
    notes: 'Sample data.',
    status: 'planned',
  });
  await must(dispatch, 'activities:setStatus', {
    id: camp.id,
    status: 'confirmed',
    date: today.toISOString().slice(0, 10),
    note: 'Coach booked',
  });
  return camp;
}
