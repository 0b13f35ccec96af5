import type { Activity } from '../../../shared/domain/activities/activity';
import type { HostAssignment, HostHousehold } from '../../../shared/domain/activities/household';
import {
  hardProblems,
  stayOf,
  type MatchRules,
} from '../../../shared/domain/activities/matching/constraints';
import { guestsNeedingHost } from '../../../shared/domain/activities/matching/guests';
import { matchHosts } from '../../../shared/domain/activities/matching/matchHosts';
import { mayBeMinor, type Participant } from '../../../shared/domain/activities/participant';
import type { HostPlan } from '../../../shared/ipc/channels/hosts';

/** What the plan reads: the store's collections, or a transaction's view of them. */
export interface HostSource {
  activities: readonly Activity[];
  participants: readonly Participant[];
  households: readonly HostHousehold[];
  hostAssignments: readonly HostAssignment[];
}

/** The town's rule for the check before hosting minors; no expiry until the committee sets one. */
export const HOST_RULES: MatchRules = { minorCheckValidMonths: null };

const overlaps = (a: Pick<Activity, 'startDate' | 'endDate'>, b: Pick<Activity, 'startDate' | 'endDate'>) =>
  a.startDate <= b.endDate && b.startDate <= a.endDate;

/** Per household: guests it hosts in this activity, and in other activities on overlapping dates. */
export function bedsInUse(src: HostSource, activity: Activity) {
  const dates = new Map(src.activities.map((a) => [a.id, a]));
  const here = new Map<string, number>();
  const elsewhere = new Map<string, number>();
  for (const a of src.hostAssignments) {
    const other = dates.get(a.activityId);
    if (a.activityId === activity.id) here.set(a.householdId, (here.get(a.householdId) ?? 0) + 1);
    else if (other && overlaps(other, activity))
      elsewhere.set(a.householdId, (elsewhere.get(a.householdId) ?? 0) + 1);
  }
  return { here, elsewhere };
}

/**
 * The hosts tab of one activity: the stored placements kept as they are (each one checked
 * again against the hard rules), suggestions for every guest still without a host, and the
 * shortage. Beds promised to an overlapping activity count as taken, but never so many that
 * a placement already stored here stops fitting.
 */
export function hostPlan(src: HostSource, activity: Activity): HostPlan {
  const span = { from: activity.startDate, to: activity.endDate };
  const people = src.participants.filter((p) => p.activityId === activity.id);
  const guests = guestsNeedingHost(people);
  const isGuest = new Set(guests.map((g) => g.id));
  const stored = src.hostAssignments.filter((a) => a.activityId === activity.id);
  const { here, elsewhere } = bedsInUse(src, activity);
  const taken = new Map(
    src.households.map((h) => [h.id, Math.min(elsewhere.get(h.id) ?? 0, h.beds - (here.get(h.id) ?? 0))]),
  );
  const kept = stored.filter((a) => isGuest.has(a.participantId));
  const result = matchHosts({
    activity: span,
    guests,
    households: src.households,
    manual: kept.map((a) => ({ participantId: a.participantId, householdId: a.householdId })),
    bedsTakenElsewhere: taken,
    rules: HOST_RULES,
  });
  const homes = new Map(src.households.map((h) => [h.id, h]));
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    activityId: activity.id,
    guests: guests
      .map((g) => {
        const stay = stayOf(g, span);
        return {
          id: g.id,
          name: g.name,
          town: g.town,
          arrival: stay.from,
          departure: stay.to,
          stayGroup: g.stayGroup,
          minor: mayBeMinor(g, stay.from),
        };
      })
      .sort((x, y) => x.name.localeCompare(y.name)),
    households: src.households
      .map((h) => ({
        id: h.id,
        name: h.name,
        beds: h.beds,
        free: Math.max(0, h.beds - (taken.get(h.id) ?? 0) - (here.get(h.id) ?? 0)),
        languages: h.languages,
      }))
      .sort((x, y) => x.name.localeCompare(y.name)),
    assignments: kept.map((a) => {
      const g = byId.get(a.participantId) as Participant;
      const h = homes.get(a.householdId) as HostHousehold;
      return {
        id: a.id,
        participantId: a.participantId,
        householdId: a.householdId,
        manual: a.manual,
        problems: hardProblems(g, h, span, HOST_RULES),
      };
    }),
    stale: stored
      .filter((a) => !isGuest.has(a.participantId))
      .map((a) => ({
        id: a.id,
        participantId: a.participantId,
        name: byId.get(a.participantId)?.name ?? '',
        householdId: a.householdId,
      })),
    suggestions: result.placements
      .filter((p) => !p.manual)
      .map(({ participantId, householdId, reasons }) => ({ participantId, householdId, reasons })),
    unplaced: result.unplaced,
    summary: {
      guests: guests.length,
      beds: result.summary.beds,
      assigned: kept.length,
      shortage: Math.max(0, guests.length - result.summary.beds),
    },
  };
}
