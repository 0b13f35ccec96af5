import type { HostHouseholdDraft } from '../../../shared/domain/activities/household';
import type { Partnership } from '../../../shared/domain/partnership';
import { samplePerson } from './samplePeople';
import { sampleWriter, type Dispatch } from './write';

const GUESTS: { name: string; languages: string[]; stayGroup?: string; vegetarian?: boolean }[] = [
  { name: 'Claire Girard', languages: ['fr', 'en'], stayGroup: 'Girard' },
  { name: 'Paul Girard', languages: ['fr'], stayGroup: 'Girard' },
  { name: 'Martine Roux', languages: ['fr', 'ro'] },
  { name: 'Jean-Luc Perrin', languages: ['fr', 'de'] },
  { name: 'Sylvie Bonnet', languages: ['fr'], vegetarian: true },
  { name: 'Odile Marchand', languages: ['fr', 'en'] },
  { name: 'Bernard Faure', languages: ['fr'] },
  { name: 'Nathalie Chevalier', languages: ['fr', 'en'] },
  { name: 'Yves Lambert', languages: ['fr', 'de'] },
  { name: 'Agnès Morel', languages: ['fr'] },
];

/** "Agnès Morel" → "agnes.morel", for an invented example.org address. */
const plain = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');

const household = (over: Partial<HostHouseholdDraft> & Pick<HostHouseholdDraft, 'name' | 'beds'>) => ({
  contactName: '',
  email: '',
  phone: '',
  address: '',
  town: 'Buziaș',
  languages: ['ro'],
  available: [],
  pets: [],
  smoking: false,
  dietsOffered: [],
  stepFree: false,
  minorCheckDate: null,
  notes: 'Sample data.',
  ...over,
});

/**
 * The Ornans choir's autumn visit to Buziaș: ten singers invited, four Buziaș households with
 * nine beds between them, seven guests already placed and two suggestions still to accept, and
 * one singer without a bed, so the host families tab shows the shortage it warns about.
 */
export async function seedSampleChoir(dispatch: Dispatch, ornans: Partnership, today: Date): Promise<string> {
  const must = sampleWriter(dispatch, 'choir visit');
  const year = today.getFullYear() + 1;
  const [start, end] = [`${year}-09-24`, `${year}-09-27`];
  const visit = await must('activities:save', {
    title: 'Ornans choir in Buziaș',
    kind: 'cultureOrSportEvent',
    partnershipIds: [ornans.id],
    host: 'home',
    venue: { name: 'Casa de Cultură', address: 'Str. Avram Iancu 2, Buziaș' },
    startDate: start,
    endDate: end,
    programme: [],
    languages: ['ro', 'fr'],
    themes: [{ theme: 'culture', how: 'A joint concert of the Ornans choir and the Buziaș school choir.' }],
    organisationIds: [],
    notes: 'Sample data.',
    status: 'planned',
  });
  const stay = [{ from: `${year}-09-01`, to: `${year}-10-15` }];
  const families: HostHouseholdDraft[] = [
    household({
      name: 'Familia Popa',
      contactName: 'Elena Popa',
      email: 'familia.popa@example.org',
      languages: ['ro', 'fr'],
      beds: 3,
      available: stay,
    }),
    household({
      name: 'Familia Rusu',
      contactName: 'Dan Rusu',
      languages: ['ro', 'en'],
      beds: 2,
      available: stay,
    }),
    household({
      name: 'Familia Kovács',
      contactName: 'Ilona Kovács',
      languages: ['ro', 'hu', 'de'],
      beds: 2,
      available: stay,
      pets: ['cat'],
    }),
    household({
      name: 'Familia Georgescu',
      contactName: 'Mihaela Georgescu',
      languages: ['ro', 'en'],
      beds: 2,
      available: stay,
      dietsOffered: ['vegetarian'],
      stepFree: true,
    }),
  ];
  for (const draft of families) await must('households:save', { draft });
  for (const g of GUESTS) {
    await must('participants:save', {
      draft: samplePerson(visit.id, {
        name: g.name,
        town: 'Ornans',
        country: 'FR',
        role: 'delegationMember',
        ageBand: 'over30',
        arrival: start,
        departure: end,
        email: `${plain(g.name)}@example.org`,
        languages: g.languages,
        needsHost: true,
        stayGroup: g.stayGroup ?? '',
        dietNeeds: g.vegetarian ? ['vegetarian'] : [],
      }),
    });
  }
  const plan = await must('hosts:suggest', { activityId: visit.id });
  const accepted = plan.suggestions.slice(0, 7).map((s) => s.participantId);
  if (accepted.length > 0)
    await must('hosts:acceptSuggestions', { activityId: visit.id, participantIds: accepted });
  return visit.id;
}
