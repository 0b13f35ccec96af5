import type {
  ActivityFact,
  ApplicantFact,
  ApplicationFacts,
  ParticipantFact,
} from '../../../../shared/domain/funding/facts';
import { CountryLists, type Programme } from '../../../../shared/domain/funding/programme';
import { readProgramme } from '../../../../shared/domain/funding/readProgramme';

/**
 * The shipped programme files, read as the window's tests can (through the bundler, not
 * node:fs), and the facts an application is judged on: the renderer's copy of the core
 * tests' fixtures (tests/unit/shared/domain/funding/fundingFixtures.ts).
 */
const files = import.meta.glob<unknown>('../../../../resources/data/funding/*.json', {
  eager: true,
  import: 'default',
});

export const shipped = {
  programmes: Object.entries(files)
    .filter(([path]) => !path.endsWith('/countries.json'))
    .map(([path, raw]) => {
      const read = readProgramme(raw);
      if (!read.ok) throw new Error(`${path} is refused: ${read.problems[0]?.message ?? ''}`);
      return read.programme;
    }),
  countryLists: CountryLists.parse(
    Object.entries(files).find(([path]) => path.endsWith('/countries.json'))?.[1],
  ).lists,
};

export function programme(id: string): Programme {
  const p = shipped.programmes.find((x) => x.programmeId === id);
  if (!p) throw new Error(`no shipped programme ${id}`);
  return structuredClone(p);
}

export const person = (over: Partial<ParticipantFact> = {}): ParticipantFact => ({
  town: 'Ornans',
  country: 'FR',
  origin: 'invited',
  role: 'delegationMember',
  ageBand: null,
  birthYear: 1980,
  registration: 'confirmed',
  ...over,
});

export const people = (n: number, over: Partial<ParticipantFact> = {}): ParticipantFact[] =>
  Array.from({ length: n }, () => person(over));

export const activity = (over: Partial<ActivityFact> = {}): ActivityFact => ({
  id: 'a1',
  title: 'Europe Days',
  startDate: '2026-05-08',
  endDate: '2026-05-11',
  country: 'RO',
  participants: [],
  ...over,
});

export const applicant = (country: string | null, over: Partial<ApplicantFact> = {}): ApplicantFact => ({
  name: `Town in ${country ?? '?'}`,
  country,
  kind: 'localAuthority',
  lead: false,
  ...over,
});

export const facts = (over: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  applicants: [],
  projectStart: null,
  projectEnd: null,
  activities: [],
  plannedCosts: null,
  ...over,
});
