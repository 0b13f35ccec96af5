import type { ParticipantDraft } from '../../../shared/domain/activities/participant';
import { sampleWriter, type Dispatch } from './write';

/** The fields every sample participant shares; each one overrides what is its own. */
export function samplePerson(
  activityId: string,
  over: Partial<ParticipantDraft> & Pick<ParticipantDraft, 'name'>,
): ParticipantDraft {
  return {
    activityId,
    town: '',
    country: null,
    organisationId: null,
    role: 'delegationMember',
    origin: 'invited',
    ageBand: null,
    birthYear: null,
    registration: 'confirmed',
    arrival: null,
    departure: null,
    email: '',
    phone: '',
    languages: [],
    needsHost: false,
    stayGroup: '',
    preferredHouseholdId: null,
    prefersSmokeFree: false,
    photoConsent: 'given',
    parentConsent: 'unknown',
    dietNeeds: [],
    dietNote: '',
    petAllergies: [],
    accessNeeds: '',
    stepFreeAccess: false,
    emergencyContact: null,
    notes: 'Sample data.',
    ...over,
  };
}

const YOUTH: [name: string, age: number][] = [
  ['Maria Stoica', 16],
  ['Luca Dragomir', 15],
  ['Elena Vasile', 17],
  ['Radu Ciobanu', 14],
  ['Ana Bălan', 18],
  ['Mihai Lazăr', 19],
  ['Sofia Neagu', 16],
];

/** The Ornans group receiving them: an exchange has a national group from each country. */
const HOST_YOUTH: [name: string, age: number][] = [
  ['Léa Girardot', 16],
  ['Hugo Bourgeois', 17],
  ['Chloé Vuillemin', 15],
  ['Théo Cuenot', 18],
];

/**
 * The youth exchange in Ornans: the Buziaș group travelling to it (seven young people of 14 to
 * 19 and their leader) and the Ornans group receiving it (four young people and their leader),
 * so each country's national group is there. Families in Ornans host the guests, so none needs
 * a host from Buziaș's register.
 */
export async function seedSampleYouth(
  dispatch: Dispatch,
  activity: { id: string; startDate: string; endDate: string },
): Promise<void> {
  const must = sampleWriter(dispatch, 'participants');
  const year = Number(activity.startDate.slice(0, 4));
  const travel = { town: 'Buziaș', country: 'RO', arrival: activity.startDate, departure: activity.endDate };
  await must('participants:save', {
    draft: samplePerson(activity.id, {
      ...travel,
      name: 'Cristina Moldovan',
      role: 'groupLeader',
      birthYear: year - 34,
      email: 'cristina.moldovan@example.org',
      languages: ['ro', 'fr', 'en'],
      notes: 'Sample data: the group’s leader.',
    }),
  });
  for (const [i, [name, age]] of YOUTH.entries()) {
    await must('participants:save', {
      draft: samplePerson(activity.id, {
        ...travel,
        name,
        birthYear: year - age,
        languages: i % 2 === 0 ? ['ro', 'en'] : ['ro', 'fr'],
        parentConsent: age < 18 ? 'given' : 'unknown',
        dietNeeds: i === 2 ? ['vegetarian'] : [],
        emergencyContact: { name: `Parent of ${name.split(' ')[0]}`, phone: '+40 700 000 000' },
      }),
    });
  }
  const home = { town: 'Ornans', country: 'FR', origin: 'local' as const };
  await must('participants:save', {
    draft: samplePerson(activity.id, {
      ...home,
      name: 'Julien Mairot',
      role: 'groupLeader',
      birthYear: year - 29,
      languages: ['fr', 'en'],
      notes: 'Sample data: the Ornans group’s leader.',
    }),
  });
  for (const [name, age] of HOST_YOUTH) {
    await must('participants:save', {
      draft: samplePerson(activity.id, {
        ...home,
        name,
        birthYear: year - age,
        languages: ['fr', 'en'],
        parentConsent: age < 18 ? 'given' : 'unknown',
      }),
    });
  }
}
