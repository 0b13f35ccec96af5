import type {
  ActivityFact,
  ApplicantFact,
  ApplicationFacts,
  ParticipantFact,
} from '../../../../../shared/domain/funding/facts';
import { readFundingData, findFundingDir } from '../../../../../electron/core/data/funding/readFundingData';
import type { Programme } from '../../../../../shared/domain/funding/programme';

export const shipped = readFundingData(findFundingDir());

export function programme(id: string): Programme {
  const p = shipped.programmes.find((x) => x.programmeId === id);
  if (!p) throw new Error(`no shipped programme ${id}`);
  return structuredClone(p);
}

export function person(over: Partial<ParticipantFact> = {}): ParticipantFact {
  return {
    town: 'Ornans',
    country: 'FR',
    origin: 'invited',
    role: 'delegationMember',
    ageBand: null,
    birthYear: 1980,
    registration: 'confirmed',
    ...over,
  };
}

export const people = (n: number, over: Partial<ParticipantFact> = {}): ParticipantFact[] =>
  Array.from({ length: n }, () => person(over));

export function activity(over: Partial<ActivityFact> = {}): ActivityFact {
  return {
    id: 'a1',
    title: 'Europe Days',
    startDate: '2026-05-08',
    endDate: '2026-05-11',
    country: 'RO',
    participants: [],
    ...over,
  };
}

export const applicant = (country: string | null, over: Partial<ApplicantFact> = {}): ApplicantFact => ({
  name: `Town in ${country ?? '?'}`,
  country,
  kind: 'localAuthority',
  lead: false,
  ...over,
});

export function facts(over: Partial<ApplicationFacts> = {}): ApplicationFacts {
  return {
    applicants: [],
    projectStart: null,
    projectEnd: null,
    activities: [],
    plannedCosts: null,
    ...over,
  };
}
