import { findById } from './recordIndex';
import type { ChangeSet } from './records';
import type { StoreData } from './schema';

type Assignment = StoreData['hostAssignments'][number];

/**
 * The host placements' rules between records: a placement names a participant of its own
 * activity and a household that exists; no guest is placed twice; no household takes more
 * guests of one activity than it has beds. Checked when a commit touches a placement, a
 * household or a participant, over the placements concerned only.
 */
export function hostChangeProblems(after: Readonly<StoreData>, changes: ChangeSet): string[] {
  const touched = changes.filter(
    (c) =>
      c.collection === 'hostAssignments' || c.collection === 'households' || c.collection === 'participants',
  );
  if (touched.length === 0) return [];
  const ids = (collection: string) =>
    new Set(touched.filter((c) => c.collection === collection).map((c) => c.id));
  const placements = ids('hostAssignments');
  const households = ids('households');
  const participants = ids('participants');
  const concerned = after.hostAssignments.filter(
    (a) => placements.has(a.id) || households.has(a.householdId) || participants.has(a.participantId),
  );
  return assignmentProblems(after, concerned);
}

/** The same rules over a whole store. */
export function checkAllHosts(db: Readonly<StoreData>): string[] {
  return assignmentProblems(db, db.hostAssignments);
}

function assignmentProblems(db: Readonly<StoreData>, concerned: readonly Assignment[]): string[] {
  if (concerned.length === 0) return [];
  const problems: string[] = [];
  const guests = new Set(concerned.map((a) => a.participantId));
  const pairs = new Set(concerned.map((a) => `${a.activityId}\u0000${a.householdId}`));
  const perGuest = new Map<string, number>();
  const perPair = new Map<string, number>();
  for (const a of db.hostAssignments) {
    if (guests.has(a.participantId)) perGuest.set(a.participantId, (perGuest.get(a.participantId) ?? 0) + 1);
    const pair = `${a.activityId}\u0000${a.householdId}`;
    if (pairs.has(pair)) perPair.set(pair, (perPair.get(pair) ?? 0) + 1);
  }
  for (const a of concerned) {
    const p = findById(db.participants, a.participantId);
    if (!p) problems.push(`hostAssignments ${a.id}: participant ${a.participantId} does not exist`);
    else if (p.activityId !== a.activityId)
      problems.push(`hostAssignments ${a.id}: participant ${a.participantId} belongs to another activity`);
    if (!findById(db.households, a.householdId))
      problems.push(`hostAssignments ${a.id}: household ${a.householdId} does not exist`);
  }
  for (const [guest, n] of perGuest) if (n > 1) problems.push(`participant ${guest} is placed ${n} times`);
  for (const [pair, n] of perPair) {
    const [activityId, householdId = ''] = pair.split('\u0000');
    const h = findById(db.households, householdId);
    if (h && n > h.beds)
      problems.push(`household ${householdId} has ${n} guests of activity ${activityId} for ${h.beds} beds`);
  }
  return problems;
}
