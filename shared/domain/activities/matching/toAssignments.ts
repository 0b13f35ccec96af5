import type { HostAssignment } from '../household';
import type { MatchResult } from './matchHosts';

/**
 * The assignments to store once the secretary accepts the suggestions: every placement,
 * manual ones still marked manual so the next round keeps them. Without ids: the store mints them.
 */
export function assignmentsFromMatch(result: MatchResult, activityId: string): Omit<HostAssignment, 'id'>[] {
  return result.placements.map((p) => ({
    activityId,
    participantId: p.participantId,
    householdId: p.householdId,
    manual: p.manual,
  }));
}

/** The manual choices among stored assignments, as the next matching round takes them. */
export function manualChoices(assignments: readonly HostAssignment[], activityId: string) {
  return assignments
    .filter((a) => a.activityId === activityId && a.manual)
    .map((a) => ({ participantId: a.participantId, householdId: a.householdId }));
}
