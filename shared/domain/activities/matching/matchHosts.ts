import { foldName } from '../../placeNames';
import { mayBeMinor } from '../participant';
import {
  dietMet,
  hardProblems,
  sharedLanguage,
  stayOf,
  type HardProblem,
  type MatchGuest,
  type MatchHousehold,
  type MatchRules,
  type Stay,
} from './constraints';

export type MatchReason =
  | { code: 'beds'; free: number; beds: number }
  | { code: 'dates' }
  | { code: 'language'; language: string }
  | { code: 'noPets' }
  | { code: 'checkedForMinors'; date: string }
  | { code: 'stepFree' }
  | { code: 'diet' }
  | { code: 'dietNotOffered' }
  | { code: 'smokeFree' }
  | { code: 'preferred' }
  | { code: 'groupTogether'; group: string; size: number }
  | { code: 'groupSplit'; group: string };

export interface Placement {
  participantId: string;
  householdId: string;
  manual: boolean;
  reasons: MatchReason[];
}

export interface ManualChoice {
  participantId: string;
  householdId: string;
}

export type ManualRefusal = 'unknownGuest' | 'unknownHousehold' | 'assignedTwice' | 'overCapacity';

export interface MatchInput {
  activity: Stay;
  guests: readonly MatchGuest[];
  households: readonly MatchHousehold[];
  /** The secretary's own choices: kept, in this order, as long as beds allow. */
  manual: readonly ManualChoice[];
  /** Beds promised to other activities on overlapping dates, per household id. */
  bedsTakenElsewhere?: ReadonlyMap<string, number>;
  rules: MatchRules;
}

export interface MatchResult {
  placements: Placement[];
  /** Guests no household could take, with how many households each obstacle ruled out. */
  unplaced: { participantId: string; blockers: { code: HardProblem | 'full'; households: number }[] }[];
  refusedManual: (ManualChoice & { problem: ManualRefusal })[];
  /** Manual choices kept although they break a rule the suggestions keep (the secretary knows best, but should see it). */
  manualWarnings: (ManualChoice & { problems: HardProblem[] })[];
  /** "60 guests, 48 beds": beds of households free for at least one guest's stay. */
  summary: { guests: number; beds: number; placed: number; unplaced: number; shortage: number };
}

interface Unit {
  group: string;
  members: number[];
}

/**
 * Suggests a household for every guest: hard constraints first (dates, pets against
 * allergies, the check for minors, step-free access, beds), then the best fit (a preferred
 * host, the group kept together, a shared language, the diet, a smoke-free home). Units
 * with fewest options go first; greedy and deterministic, so the same input always gives
 * the same suggestions.
 */
export function matchHosts(input: MatchInput): MatchResult {
  const { guests, households, activity, rules } = input;
  const gIndex = new Map(guests.map((g, i) => [g.id, i]));
  const hIndex = new Map(households.map((h, i) => [h.id, i]));
  const free = households.map((h) => Math.max(0, h.beds - (input.bedsTakenElsewhere?.get(h.id) ?? 0)));
  const capacity = [...free];
  const placedAt = new Array<number>(guests.length).fill(-1);
  const placements: Placement[] = [];
  const refusedManual: MatchResult['refusedManual'] = [];
  const manualWarnings: MatchResult['manualWarnings'] = [];

  for (const choice of input.manual) {
    const gi = gIndex.get(choice.participantId);
    const hi = hIndex.get(choice.householdId);
    const refuse = (problem: ManualRefusal) => refusedManual.push({ ...choice, problem });
    if (gi === undefined) refuse('unknownGuest');
    else if (hi === undefined) refuse('unknownHousehold');
    else if (placedAt[gi] !== -1) refuse('assignedTwice');
    else if ((free[hi] ?? 0) < 1) refuse('overCapacity');
    else {
      const g = guests[gi] as MatchGuest;
      const h = households[hi] as MatchHousehold;
      placedAt[gi] = hi;
      free[hi] = (free[hi] ?? 0) - 1;
      const problems = hardProblems(g, h, activity, rules);
      if (problems.length > 0) manualWarnings.push({ ...choice, problems });
      placements.push({ ...choice, manual: true, reasons: [] });
    }
  }

  // Which households may take each guest, and which are free for the guest's dates at all.
  const feasible: number[][] = guests.map(() => []);
  const datesOk = new Array<boolean>(households.length).fill(false);
  guests.forEach((g, gi) => {
    households.forEach((h, hi) => {
      const problems = hardProblems(g, h, activity, rules);
      if (!problems.includes('dates')) datesOk[hi] = true;
      if (problems.length === 0) (feasible[gi] as number[]).push(hi);
    });
  });

  const groupKeys = guests.map((g) => foldName(g.stayGroup));
  const groupOf = (gi: number) => groupKeys[gi] ?? '';
  const byGroup = new Map<string, number[]>();
  const units: Unit[] = [];
  guests.forEach((_g, gi) => {
    if (placedAt[gi] !== -1) return;
    const key = groupOf(gi);
    if (key === '') units.push({ group: '', members: [gi] });
    else byGroup.set(key, [...(byGroup.get(key) ?? []), gi]);
  });
  for (const members of byGroup.values())
    units.push({ group: (guests[members[0] as number] as MatchGuest).stayGroup.trim(), members });

  const unitOptions = (u: Unit): number[] => {
    const [first, ...rest] = u.members.map((gi) => feasible[gi] as number[]);
    return (first ?? []).filter((hi) => rest.every((f) => f.includes(hi)));
  };
  const options = units.map(unitOptions);
  const order = units
    .map((u, i) => ({
      i,
      size: u.members.length,
      room: (options[i] as number[]).filter((hi) => (capacity[hi] ?? 0) >= u.members.length).length,
    }))
    .sort((a, b) => a.room - b.room || b.size - a.size || a.i - b.i);

  // The groups each household already hosts, so the rest of a group joins its members.
  const groupsAt = households.map(() => new Set<string>());
  guests.forEach((_g, gi) => {
    const hi = placedAt[gi] ?? -1;
    if (hi !== -1 && groupOf(gi) !== '') groupsAt[hi]?.add(groupOf(gi));
  });
  const matesAt = (members: number[], hi: number) => {
    const key = groupOf(members[0] ?? -1);
    return key !== '' && (groupsAt[hi]?.has(key) ?? false);
  };

  const score = (members: number[], hi: number): number => {
    const h = households[hi] as MatchHousehold;
    let s = matesAt(members, hi) ? 40 : 0;
    for (const gi of members) {
      const g = guests[gi] as MatchGuest;
      if (g.preferredHouseholdId === h.id) s += 100;
      if (sharedLanguage(g, h)) s += 10;
      if (!dietMet(g, h)) s -= 25;
      if (h.smoking && (g.prefersSmokeFree || mayBeMinor(g, stayOf(g, activity).from))) s -= 30;
    }
    return s - 0.5 * ((free[hi] ?? 0) - members.length);
  };

  const place = (members: number[], candidates: number[], group: string, split: boolean): boolean => {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const hi of candidates) {
      if ((free[hi] ?? 0) < members.length) continue;
      const s = score(members, hi);
      if (s > bestScore) [best, bestScore] = [hi, s];
    }
    if (best === -1) return false;
    free[best] = (free[best] ?? 0) - members.length;
    for (const gi of members) {
      placedAt[gi] = best;
      const g = guests[gi] as MatchGuest;
      if (groupOf(gi) !== '') groupsAt[best]?.add(groupOf(gi));
      placements.push({
        participantId: g.id,
        householdId: (households[best] as MatchHousehold).id,
        manual: false,
        reasons: reasonsFor(g, households[best] as MatchHousehold, {
          free: free[best] ?? 0,
          beds: capacity[best] ?? 0,
          group,
          size: members.length,
          split,
          activity,
        }),
      });
    }
    return true;
  };

  for (const { i } of order) {
    const unit = units[i] as Unit;
    if (place(unit.members, options[i] as number[], unit.group, false)) continue;
    if (unit.members.length > 1)
      for (const gi of unit.members) place([gi], feasible[gi] as number[], unit.group, true);
  }

  const unplaced: MatchResult['unplaced'] = [];
  guests.forEach((g, gi) => {
    if (placedAt[gi] !== -1) return;
    const tally = new Map<HardProblem | 'full', number>();
    households.forEach((h, hi) => {
      const problems = hardProblems(g, h, activity, rules);
      const codes: (HardProblem | 'full')[] =
        problems.length > 0 ? problems : (free[hi] ?? 0) < 1 ? ['full'] : [];
      for (const c of codes) tally.set(c, (tally.get(c) ?? 0) + 1);
    });
    const blockers = [...tally]
      .map(([code, n]) => ({ code, households: n }))
      .sort((a, b) => b.households - a.households);
    unplaced.push({ participantId: g.id, blockers });
  });

  const beds = capacity.reduce((sum, c, hi) => sum + (datesOk[hi] ? c : 0), 0);
  return {
    placements,
    unplaced,
    refusedManual,
    manualWarnings,
    summary: {
      guests: guests.length,
      beds,
      placed: placements.length,
      unplaced: unplaced.length,
      shortage: Math.max(0, guests.length - beds),
    },
  };
}

function reasonsFor(
  g: MatchGuest,
  h: MatchHousehold,
  at: { free: number; beds: number; group: string; size: number; split: boolean; activity: Stay },
): MatchReason[] {
  const reasons: MatchReason[] = [{ code: 'beds', free: at.free, beds: at.beds }, { code: 'dates' }];
  if (g.preferredHouseholdId === h.id) reasons.push({ code: 'preferred' });
  if (at.split) reasons.push({ code: 'groupSplit', group: at.group });
  else if (at.size > 1) reasons.push({ code: 'groupTogether', group: at.group, size: at.size });
  const language = sharedLanguage(g, h);
  if (language) reasons.push({ code: 'language', language });
  if (g.petAllergies.length > 0) reasons.push({ code: 'noPets' });
  if (mayBeMinor(g, stayOf(g, at.activity).from) && h.minorCheckDate)
    reasons.push({ code: 'checkedForMinors', date: h.minorCheckDate });
  if (g.stepFreeAccess) reasons.push({ code: 'stepFree' });
  if (g.dietNeeds.length > 0) reasons.push({ code: dietMet(g, h) ? 'diet' : 'dietNotOffered' });
  if (g.prefersSmokeFree && !h.smoking) reasons.push({ code: 'smokeFree' });
  return reasons;
}
