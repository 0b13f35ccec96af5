import type { HostHousehold } from '../../shared/domain/activities/household';
import type { Participant } from '../../shared/domain/activities/participant';

/** A small deterministic generator, so every bench run measures the same register. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = [
  ['Landshut', 'DE'],
  ['Rennes', 'FR'],
  ['Kőszeg', 'HU'],
  ['Świdnica', 'PL'],
  ['Třebíč', 'CZ'],
  ['Zwolle', 'NL'],
  ['Pärnu', 'EE'],
  ['Kalamata', 'GR'],
  ['Plovdiv', 'BG'],
  ['Ptuj', 'SI'],
] as const;
const FIRST = ['Anna', 'Jonas', 'Élodie', 'Mateusz', 'Zsófia', 'Lukas', 'Ioana', 'Søren', 'Þóra', 'Ștefan'];
const LAST = [
  'Huber',
  'Le Goff',
  'Nagy',
  'Wiśniewski',
  'Dvořák',
  'de Vries',
  'Tamm',
  'Papadopoulos',
  'Ivanova',
  'Țurcanu',
];
const LANGS = ['de', 'fr', 'hu', 'pl', 'cs', 'nl', 'et', 'el', 'bg', 'sl'];

export function benchGuests(count: number, seed = 7): Participant[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const t = i % TOWNS.length;
    const [town, country] = TOWNS[t] as readonly [string, string];
    return {
      id: `g${i}`,
      activityId: 'bench',
      name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
      town,
      country,
      organisationId: null,
      role: 'delegationMember',
      origin: 'invited',
      ageBand: null,
      birthYear: 1950 + Math.floor(rnd() * 65),
      registration: 'confirmed',
      arrival: rnd() < 0.2 ? '2027-06-11' : null,
      departure: null,
      email: '',
      phone: '',
      languages: rnd() < 0.5 ? [LANGS[t] as string, 'en'] : [LANGS[t] as string],
      needsHost: true,
      stayGroup: rnd() < 0.3 ? `family ${Math.floor(i / 3)}` : '',
      preferredHouseholdId: rnd() < 0.05 ? `h${Math.floor(rnd() * 200)}` : null,
      prefersSmokeFree: rnd() < 0.4,
      photoConsent: 'given',
      parentConsent: 'unknown',
      dietNeeds: rnd() < 0.15 ? ['vegetarian'] : [],
      dietNote: '',
      petAllergies: rnd() < 0.1 ? ['cat'] : [],
      accessNeeds: '',
      stepFreeAccess: rnd() < 0.03,
      emergencyContact: null,
      notes: '',
    };
  });
}

export function benchHouseholds(count: number, seed = 11): HostHousehold[] {
  const rnd = seeded(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `h${i}`,
    name: `Familia ${LAST[i % LAST.length]} ${i}`,
    contactName: `Contact ${i}`,
    email: '',
    phone: '+40 269 000 000',
    address: `Strada ${i}, Sibiu`,
    town: 'Sibiu',
    languages: rnd() < 0.6 ? ['ro', 'en'] : ['ro', LANGS[i % LANGS.length] as string],
    beds: 1 + Math.floor(rnd() * 3),
    available: [{ from: '2027-06-01', to: rnd() < 0.9 ? '2027-06-30' : '2027-06-12' }],
    pets: rnd() < 0.3 ? ['cat'] : [],
    smoking: rnd() < 0.15,
    dietsOffered: rnd() < 0.5 ? ['vegetarian'] : [],
    stepFree: rnd() < 0.2,
    minorCheckDate: rnd() < 0.6 ? '2026-03-01' : null,
    notes: '',
  }));
}
