import type { Activity } from '../../../shared/domain/activities/activity';
import type { HostAssignment } from '../../../shared/domain/activities/household';
import type { Participant } from '../../../shared/domain/activities/participant';
import type { ActivityView, RemovedActivity } from '../../../shared/ipc/channels/activities';
import { AppFailure } from '../../../shared/ipc/errors';
import type { RecordMeta } from '../store/records';
import { checkedActivity, noActivity } from './activities';
import { viewOf } from './activityViews';
import { detachActivity } from '../planning/planningLinks';
import type { ServiceContext } from '../context';

const strip = <T extends RecordMeta>({ id: _id, rev: _rev, updatedAt: _at, ...rest }: T) => rest;

/** The money records that may name an activity; a deletion detaches them and an undo points them back. */
const MONEY = ['budgetLines', 'ledger', 'cofinancing'] as const;

/** What one deletion took away, kept in memory so the secretary can undo it for a while. */
interface Removed {
  activity: Activity & RecordMeta;
  participants: (Participant & RecordMeta)[];
  assignments: (HostAssignment & RecordMeta)[];
  money: { collection: (typeof MONEY)[number]; id: string }[];
  /** Tasks that served it: an undo points them back. */
  tasks: string[];
  at: number;
}

/** How long and how many deletions can be undone; the notification offering it is gone long before. */
const UNDO_MS = 30 * 60_000;
const UNDO_MAX = 20;

/**
 * Deleting an activity removes its participants and their host placements with it (they
 * belong to it alone) and detaches budget lines and ledger entries. An undo brings all of it
 * back as new records (the store mints fresh ids; a deleted id is never reused), dropping only
 * what no longer exists meanwhile: a deleted household's placements, a deleted organisation,
 * a participant erased from the personal data.
 */
export function activityRemoval(ctx: ServiceContext) {
  const removed = new Map<string, Removed>();
  const forgetOld = (now: number) => {
    for (const [id, r] of removed) if (now - r.at > UNDO_MS) removed.delete(id);
    while (removed.size > UNDO_MAX) removed.delete(removed.keys().next().value as string);
  };

  return {
    async remove(id: string): Promise<RemovedActivity> {
      const { value } = await ctx.store().transaction((tx): Removed => {
        const activity = tx.get('activities', id);
        if (!activity) throw noActivity(id);
        const participants = tx.all('participants').filter((p) => p.activityId === id);
        const assignments = tx.all('hostAssignments').filter((a) => a.activityId === id);
        const money: Removed['money'] = [];
        for (const collection of MONEY)
          for (const r of tx.all(collection))
            if (r.activityId === id) {
              money.push({ collection, id: r.id });
              tx.patch(collection, r.id, { activityId: null });
            }
        const tasks = detachActivity(tx, id);
        for (const a of assignments) tx.remove('hostAssignments', a.id);
        for (const p of participants) tx.remove('participants', p.id);
        tx.remove('activities', id);
        return { activity, participants, assignments, money, tasks, at: tx.now.getTime() };
      });
      forgetOld(value.at);
      removed.set(id, value);
      return { id, title: value.activity.title, participants: value.participants.length };
    },

    async restore(id: string): Promise<ActivityView> {
      const kept = removed.get(id);
      if (!kept) throw new AppFailure('NOT_FOUND', `The deletion of activity ${id} can no longer be undone`);
      const { value } = await ctx.store().transaction((tx) => {
        // What is still remembered as deleted: a store replaced since (a restore, a hand-over)
        // has no such tombstone, and erasing a person drops theirs, so an erased guest stays erased.
        const deleted = new Set(ctx.store().data.tombstones.map((t) => t.id));
        if (!deleted.has(kept.activity.id))
          throw new AppFailure('NOT_FOUND', `The deletion of activity ${id} can no longer be undone`);
        const links = new Set(tx.all('partnerships').map((p) => p.id));
        const orgs = new Set(tx.all('organisations').map((o) => o.id));
        const { statusHistory, ...fields } = strip(kept.activity);
        const partnershipIds = fields.partnershipIds.filter((p) => links.has(p));
        if (partnershipIds.length === 0)
          throw new AppFailure('NOT_FOUND', 'Every link of this activity was deleted meanwhile');
        const activity = tx.insert('activities', {
          ...fields,
          statusHistory,
          partnershipIds,
          organisationIds: fields.organisationIds.filter((o) => orgs.has(o)),
        });
        checkedActivity(tx, activity);
        const people = new Map<string, string>();
        for (const p of kept.participants) {
          if (!deleted.has(p.id)) continue;
          const back = tx.insert('participants', {
            ...strip(p),
            activityId: activity.id,
            organisationId: p.organisationId && orgs.has(p.organisationId) ? p.organisationId : null,
            preferredHouseholdId:
              p.preferredHouseholdId && tx.get('households', p.preferredHouseholdId)
                ? p.preferredHouseholdId
                : null,
          });
          people.set(p.id, back.id);
        }
        for (const a of kept.assignments) {
          const participantId = people.get(a.participantId);
          if (participantId && tx.get('households', a.householdId))
            tx.insert('hostAssignments', { ...strip(a), activityId: activity.id, participantId });
        }
        for (const m of kept.money)
          if (tx.get(m.collection, m.id)?.activityId === null)
            tx.patch(m.collection, m.id, { activityId: activity.id });
        for (const taskId of kept.tasks)
          if (tx.get('tasks', taskId)?.link === null)
            tx.patch('tasks', taskId, {
              link: { kind: 'activity', activityId: activity.id },
              formerLink: '',
            });
        return activity;
      });
      removed.delete(id);
      return viewOf(ctx.store().data, value);
    },
  };
}
export type ActivityRemoval = ReturnType<typeof activityRemoval>;
