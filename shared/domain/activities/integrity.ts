import type { Partnership } from '../partnership';
import type { Activity } from './activity';
import type { HostAssignment, HostHousehold } from './household';
import type { Participant } from './participant';

export type ReferenceIssue =
  | { code: 'unknownPartnership'; id: string }
  | { code: 'hostNotAPartner'; id: string }
  | { code: 'unknownOrganisation'; id: string };

/**
 * What an activity names must exist: its partnerships, its organisations, and a host that is
 * the home town or a partner town of one of its partnerships. Checked inside the write, where
 * the store's current records are at hand.
 */
export function activityReferenceIssues(
  a: Pick<Activity, 'partnershipIds' | 'host' | 'organisationIds'>,
  partnerships: readonly Pick<Partnership, 'id' | 'partners'>[],
  organisationIds: ReadonlySet<string>,
): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const linked = partnerships.filter((p) => a.partnershipIds.includes(p.id));
  for (const id of a.partnershipIds)
    if (!linked.some((p) => p.id === id)) issues.push({ code: 'unknownPartnership', id });
  if (a.host !== null && a.host !== 'home' && !linked.some((p) => p.partners.some((t) => t.id === a.host)))
    issues.push({ code: 'hostNotAPartner', id: a.host });
  for (const id of a.organisationIds)
    if (!organisationIds.has(id)) issues.push({ code: 'unknownOrganisation', id });
  return issues;
}

export type AssignmentIssue =
  | { code: 'guestTwice'; participantId: string }
  | { code: 'overCapacity'; householdId: string; guests: number; beds: number }
  | { code: 'unknownGuest'; participantId: string }
  | { code: 'unknownHousehold'; householdId: string };

/**
 * The invariants of one activity's hosting, for the store to refuse a change that breaks
 * them: no guest in two households, no household over its beds, no assignment naming a
 * person or household that is not there.
 */
export function assignmentIssues(
  activityId: string,
  assignments: readonly HostAssignment[],
  participants: readonly Pick<Participant, 'id' | 'activityId'>[],
  households: readonly Pick<HostHousehold, 'id' | 'beds'>[],
): AssignmentIssue[] {
  const issues: AssignmentIssue[] = [];
  const guests = new Set(participants.filter((p) => p.activityId === activityId).map((p) => p.id));
  const beds = new Map(households.map((h) => [h.id, h.beds]));
  const seen = new Set<string>();
  const load = new Map<string, number>();
  for (const a of assignments) {
    if (a.activityId !== activityId) continue;
    if (!guests.has(a.participantId)) issues.push({ code: 'unknownGuest', participantId: a.participantId });
    if (!beds.has(a.householdId)) issues.push({ code: 'unknownHousehold', householdId: a.householdId });
    if (seen.has(a.participantId)) issues.push({ code: 'guestTwice', participantId: a.participantId });
    seen.add(a.participantId);
    load.set(a.householdId, (load.get(a.householdId) ?? 0) + 1);
  }
  for (const [householdId, n] of load) {
    const b = beds.get(householdId);
    if (b !== undefined && n > b) issues.push({ code: 'overCapacity', householdId, guests: n, beds: b });
  }
  return issues;
}
