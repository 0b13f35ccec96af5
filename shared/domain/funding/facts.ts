import { AGE_BAND_SPAN, ageSpan } from '../activities/ageSpan';
import { daysInclusive, monthsInclusive } from '../calendarSpan';
import { foldName } from '../placeNames';
import type {
  AgeBand,
  ParticipantOrigin,
  ParticipantRole,
  RegistrationState,
} from '../activities/participant';
import type { ApplicantKind, CountedGroup, CountryList, Source } from './programme';

/** What the eligibility check and the estimate read: the application's applicants and its activities. */
export interface ApplicantFact {
  name: string;
  country: string | null;
  kind: ApplicantKind;
  lead: boolean;
}

export interface ParticipantFact {
  town: string;
  country: string | null;
  origin: ParticipantOrigin;
  role: ParticipantRole;
  ageBand: AgeBand | null;
  birthYear: number | null;
  registration: RegistrationState;
}

export interface ActivityFact {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  /** The host town's country; null while the host is not chosen. */
  country: string | null;
  participants: ParticipantFact[];
  /** One-way km from each invited town ("country|town" folded) to the venue, where known. */
  distances?: Record<string, number | null>;
}

export interface ApplicationFacts {
  applicants: ApplicantFact[];
  projectStart: string | null;
  projectEnd: string | null;
  activities: ActivityFact[];
  /** Planned costs in minor units of the programme's currency, for a fund paying a share. */
  plannedCosts: number | null;
}

export type Outcome = 'pass' | 'fail' | 'unknown';
export type Figures = Record<string, number | string | null>;

/** One rule judged: the outcome, a reason code the window words, and the figures it used. */
export interface RuleResult {
  ruleId: string;
  kind: string;
  outcome: Outcome;
  /** e.g. "below", "above", "ok", "noActivity", "ageUnknown": words in funding:reason.<kind>.<reason>. */
  reason: string;
  figures: Figures;
  source: Source;
  checked: string;
  /** The activity the figures come from, for a rule judged per activity. */
  activityId: string | null;
}

export const isCounted = (p: ParticipantFact): boolean => p.registration !== 'cancelled';
export const isLeader = (p: ParticipantFact): boolean => p.role === 'groupLeader';

/** Whether a participant belongs to the group a rule counts, or null when that cannot be told. */
export function inGroup(
  p: ParticipantFact,
  who: CountedGroup,
  hostCountry: string | null,
  year: number,
): boolean | null {
  if (!isCounted(p)) return false;
  switch (who) {
    case 'all':
      return true;
    case 'travelling':
      return p.origin === 'invited';
    case 'invited':
      if (p.origin !== 'invited') return false;
      if (p.country === null || hostCountry === null) return null;
      return p.country !== hostCountry;
    case 'young': {
      if (isLeader(p)) return false;
      const [lo, hi] = ageRange(p, year);
      const youthEnds = AGE_BAND_SPAN.from18to30[1];
      if (hi <= youthEnds) return true;
      if (lo > youthEnds) return false;
      return null;
    }
  }
}

/** The ages a participant may have in the activity's year. */
export const ageRange = (p: Pick<ParticipantFact, 'ageBand' | 'birthYear'>, year: number): [number, number] =>
  ageSpan(p, year);

export type Eligibility = 'yes' | 'no' | 'notEntered';

/** Whether a country is eligible: in one of the lists, or perhaps (a list still to be entered), or not. */
export function countryEligibility(country: string, lists: readonly CountryList[]): Eligibility {
  if (lists.some((l) => l.countries.includes(country))) return 'yes';
  return lists.some((l) => l.countries.length === 0) ? 'notEntered' : 'no';
}

export { daysInclusive, monthsInclusive };

/** The key a distance is looked up by: an invited town, as the participant counts group towns. */
export const townKey = (country: string | null, town: string): string => `${country ?? ''}|${foldName(town)}`;
