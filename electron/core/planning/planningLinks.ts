import type { Milestone } from '../../../shared/domain/plan/plan';
import type { TaskLink } from '../../../shared/domain/plan/task';
import { AppFailure } from '../../../shared/ipc/errors';
import type { Tx } from '../store/transaction';
import { localIsoDate } from '../today';

/** A refusal pointing at one field, with the code the form translates. */
export const fieldFailure = (path: (string | number)[], code: string, message: string) =>
  new AppFailure('VALIDATION', message, [{ path, code, message }]);

/**
 * An owner must be a member of the committee today. A member whose term has ended keeps what
 * they already own (saving another field loses nothing) but is not given anything new.
 */
export function checkOwner(
  tx: Tx,
  ownerId: string | null,
  before: string | null,
  path: (string | number)[],
): void {
  if (ownerId === null) return;
  const member = tx.get('members', ownerId);
  if (!member) throw fieldFailure(path, 'owner_not_member', 'The owner is not a member of the committee');
  const today = localIsoDate(tx.now);
  if (ownerId !== before && member.termEnd !== null && member.termEnd < today)
    throw fieldFailure(path, 'owner_left_committee', `${member.name} has left the committee`);
}

/** What a task link names, as a short line ("" when it is gone). */
export function linkTitle(tx: Pick<Tx, 'get'>, link: TaskLink): string {
  if (link.kind === 'activity') return tx.get('activities', link.activityId)?.title ?? '';
  if (link.kind === 'planAction')
    return tx.get('plans', link.planId)?.actions.find((a) => a.id === link.actionId)?.title ?? '';
  if (link.kind === 'application') return tx.get('applications', link.applicationId)?.title ?? '';
  return tx.get('meetings', link.meetingId)?.decisions.find((d) => d.id === link.decisionId)?.text ?? '';
}

export function checkLink(tx: Tx, link: TaskLink | null, path: (string | number)[]): void {
  if (link !== null && linkTitle(tx, link) === '')
    throw fieldFailure(path, 'link_gone', 'What this task serves no longer exists');
}

/** Detaches the tasks whose link matches, keeping what they served as a note. */
function detachTasks(tx: Tx, matches: (link: TaskLink) => boolean): string[] {
  const detached: string[] = [];
  for (const t of tx.all('tasks'))
    if (t.link !== null && matches(t.link)) {
      tx.patch('tasks', t.id, { link: null, formerLink: linkTitle(tx, t.link).slice(0, 300) });
      detached.push(t.id);
    }
  return detached;
}

/**
 * Removing a member keeps everything they were part of: their plan actions and tasks lose the
 * owner and keep the name as `formerOwner`; reviews and meetings they attended keep them by name.
 */
export function detachMember(tx: Tx, memberId: string): void {
  const member = tx.get('members', memberId);
  if (!member) return;
  const name = member.name.slice(0, 120);
  for (const plan of tx.all('plans')) {
    const owns = plan.actions.some((a) => a.ownerId === memberId);
    const attended = plan.reviews.some((r) => r.memberIds.includes(memberId));
    if (!owns && !attended) continue;
    tx.patch('plans', plan.id, {
      actions: plan.actions.map((a) =>
        a.ownerId === memberId ? { ...a, ownerId: null, formerOwner: name } : a,
      ),
      reviews: plan.reviews.map((r) =>
        r.memberIds.includes(memberId)
          ? {
              ...r,
              memberIds: r.memberIds.filter((id) => id !== memberId),
              guests: [r.guests, name].filter(Boolean).join('\n').slice(0, 2000),
            }
          : r,
      ),
    });
  }
  for (const t of tx.all('tasks'))
    if (t.ownerId === memberId) tx.patch('tasks', t.id, { ownerId: null, formerOwner: name });
  for (const m of tx.all('meetings'))
    if (m.attendees.some((a) => a.memberId === memberId))
      tx.patch('meetings', m.id, {
        attendees: m.attendees.map((a) => (a.memberId === memberId ? { memberId: null, name } : a)),
      });
}

/**
 * Before an activity is deleted: plan actions stop naming it, a milestone that marked it stays
 * and serves nothing in particular, its tasks keep its title as a note.
 */
export function detachActivity(tx: Tx, activityId: string): string[] {
  const marks = (m: Milestone) => m.link?.kind === 'activity' && m.link.activityId === activityId;
  for (const plan of tx.all('plans'))
    if (plan.actions.some((a) => a.activityIds.includes(activityId)) || plan.milestones.some(marks))
      tx.patch('plans', plan.id, {
        actions: plan.actions.map((a) => ({
          ...a,
          activityIds: a.activityIds.filter((id) => id !== activityId),
        })),
        milestones: plan.milestones.map((m) => (marks(m) ? { ...m, link: null } : m)),
      });
  return detachTasks(tx, (l) => l.kind === 'activity' && l.activityId === activityId);
}

/** Before a link is deleted: its plan goes with it, and the tasks that served the plan keep a note. */
export function removePlanOf(tx: Tx, partnershipId: string): void {
  for (const plan of tx.all('plans')) {
    if (plan.partnershipId !== partnershipId) continue;
    detachTasks(tx, (l) => l.kind === 'planAction' && l.planId === plan.id);
    tx.remove('plans', plan.id);
  }
}

/** Before an objective is deleted: plan actions stop naming it. */
export function detachObjective(tx: Tx, partnershipId: string, objectiveId: string): void {
  for (const plan of tx.all('plans'))
    if (
      plan.partnershipId === partnershipId &&
      plan.actions.some((a) => a.objectiveIds.includes(objectiveId))
    )
      tx.patch('plans', plan.id, {
        actions: plan.actions.map((a) => ({
          ...a,
          objectiveIds: a.objectiveIds.filter((id) => id !== objectiveId),
        })),
      });
}

export { detachTasks };
