import type { Activity } from '../../../../../shared/domain/activities/activity';
import type { HostHousehold } from '../../../../../shared/domain/activities/household';
import type { Participant } from '../../../../../shared/domain/activities/participant';

export function activity(over: Partial<Activity> = {}): Activity {
  return {
    id: 'act1',
    title: 'Youth exchange Sibiu–Landshut',
    kind: 'youthExchange',
    partnershipIds: ['p1'],
    host: 'home',
    venue: { name: 'Casa Tineretului', address: 'Str. Mitropoliei 10, Sibiu' },
    startDate: '2027-06-10',
    endDate: '2027-06-14',
    programme: [],
    languages: ['ro', 'de'],
    themes: [{ theme: 'climate', how: 'The group plants a school orchard together.' }],
    organisationIds: [],
    notes: '',
    status: 'planned',
    statusHistory: [{ status: 'planned', date: '2026-11-02', note: '' }],
    createdAt: '2026-11-02T10:00:00.000Z',
    ...over,
  };
}

let n = 0;
export function participant(over: Partial<Participant> = {}): Participant {
  n++;
  return {
    id: `pt${n}`,
    activityId: 'act1',
    name: `Person ${n}`,
    town: 'Landshut',
    country: 'DE',
    organisationId: null,
    role: 'delegationMember',
    origin: 'invited',
    ageBand: null,
    birthYear: null,
    registration: 'registered',
    arrival: null,
    departure: null,
    email: '',
    phone: '',
    languages: ['de'],
    needsHost: true,
    stayGroup: '',
    preferredHouseholdId: null,
    prefersSmokeFree: false,
    photoConsent: 'unknown',
    parentConsent: 'unknown',
    dietNeeds: [],
    dietNote: '',
    petAllergies: [],
    accessNeeds: '',
    stepFreeAccess: false,
    emergencyContact: null,
    notes: '',
    ...over,
  };
}

export function household(over: Partial<HostHousehold> = {}): HostHousehold {
  n++;
  return {
    id: `hh${n}`,
    name: `Familia ${n}`,
    contactName: '',
    email: '',
    phone: '',
    address: '',
    town: 'Sibiu',
    languages: ['ro'],
    beds: 2,
    available: [{ from: '2027-06-01', to: '2027-06-30' }],
    pets: [],
    smoking: false,
    dietsOffered: [],
    stepFree: false,
    minorCheckDate: null,
    notes: '',
    ...over,
  };
}
