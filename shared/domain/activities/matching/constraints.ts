import { addMonths } from '../../partnershipLifecycle';
import type { HostHousehold } from '../household';
import { mayBeMinor, type Participant } from '../participant';

export type MatchGuest = Pick<
  Participant,
  | 'id'
  | 'ageBand'
  | 'birthYear'
  | 'arrival'
  | 'departure'
  | 'languages'
  | 'stayGroup'
  | 'preferredHouseholdId'
  | 'prefersSmokeFree'
  | 'dietNeeds'
  | 'petAllergies'
  | 'stepFreeAccess'
>;

export type MatchHousehold = Pick<
  HostHousehold,
  | 'id'
  | 'beds'
  | 'available'
  | 'pets'
  | 'smoking'
  | 'dietsOffered'
  | 'stepFree'
  | 'minorCheckDate'
  | 'languages'
>;

export interface MatchRules {
  /**
   * How long the town's check for hosting minors stays valid, in months; null when it
   * never expires. A town's rule, entered by the committee, never built in.
   */
  minorCheckValidMonths: number | null;
}

/** The reasons a household cannot take a guest at all, whatever the beds. */
export type HardProblem = 'dates' | 'pets' | 'minorCheck' | 'stepFree';

export interface Stay {
  from: string;
  to: string;
}

export function stayOf(g: Pick<MatchGuest, 'arrival' | 'departure'>, activity: Stay): Stay {
  return { from: g.arrival ?? activity.from, to: g.departure ?? activity.to };
}

export function coversStay(h: Pick<MatchHousehold, 'available'>, stay: Stay): boolean {
  return h.available.some((r) => r.from <= stay.from && stay.to <= r.to);
}

/** A check counts when it was made before the stay and has not expired by its first day. */
export function minorCheckValid(checkDate: string | null, stayFrom: string, rules: MatchRules): boolean {
  if (checkDate === null || checkDate > stayFrom) return false;
  return rules.minorCheckValidMonths === null || addMonths(checkDate, rules.minorCheckValidMonths) > stayFrom;
}

/** Every hard constraint one pair breaks; an empty list means the household may host the guest. */
export function hardProblems(
  g: MatchGuest,
  h: MatchHousehold,
  activity: Stay,
  rules: MatchRules,
): HardProblem[] {
  const problems: HardProblem[] = [];
  const stay = stayOf(g, activity);
  if (!coversStay(h, stay)) problems.push('dates');
  if (g.petAllergies.some((a) => h.pets.includes(a))) problems.push('pets');
  if (mayBeMinor(g, stay.from) && !minorCheckValid(h.minorCheckDate, stay.from, rules))
    problems.push('minorCheck');
  if (g.stepFreeAccess && !h.stepFree) problems.push('stepFree');
  return problems;
}

export const sharedLanguage = (g: Pick<MatchGuest, 'languages'>, h: Pick<MatchHousehold, 'languages'>) =>
  g.languages.find((l) => h.languages.includes(l)) ?? null;

export const dietMet = (g: Pick<MatchGuest, 'dietNeeds'>, h: Pick<MatchHousehold, 'dietsOffered'>) =>
  g.dietNeeds.every((d) => h.dietsOffered.includes(d));
