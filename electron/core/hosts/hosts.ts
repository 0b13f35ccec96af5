import { hardProblems } from '../../../shared/domain/activities/matching/constraints';
import { guestsNeedingHost } from '../../../shared/domain/activities/matching/guests';
import type { HostPlan, MissingHosts } from '../../../shared/ipc/channels/hosts';
import { AppFailure } from '../../../shared/ipc/errors';
import type { Tx } from '../store/transaction';
import { noActivity } from '../activities/activities';
import type { ServiceContext } from '../context';
import { bedsInUse, HOST_RULES, hostPlan, type HostSource } from './hostPlan';
import { localIsoDate } from '../today';

const sourceOf = (tx: Tx): HostSource => ({
  activities: tx.all('activities'),
  participants: tx.all('participants'),
  households: tx.all('households'),
  hostAssignments: tx.all('hostAssignments'),
});

/** A refusal the window words at the field it concerns, with the names it needs. */
const refused = (
  code: string,
  message: string,
  field: string,
  params: Record<string, string | number> = {},
) => new AppFailure('VALIDATION', message, [{ path: [field], code, message, params }]);

function activityIn(tx: Pick<Tx, 'get'>, id: string) {
  const a = tx.get('activities', id);
  if (!a) throw noActivity(id);
  return a;
}

/**
 * Matching guests to host families for one activity. Every placement is stored apart from
 * the guest and the household; a manual choice is refused when the guest is placed already,
 * when the household has no bed left for the dates, or when a minor would stay with a
 * household without a valid check (the town's rule, never overridden by hand). Other rules a
 * choice by hand breaks (dates, pets, step-free access) are kept and shown on the plan.
 */
export function hostService(ctx: ServiceContext) {
  const planIn = (tx: Tx, activityId: string): HostPlan => hostPlan(sourceOf(tx), activityIn(tx, activityId));
  const run = async (work: (tx: Tx) => HostPlan): Promise<HostPlan> =>
    (await ctx.store().transaction(work)).value;

  return {
    suggest: (activityId: string): HostPlan => {
      const db = ctx.store().data;
      const a = db.activities.find((x) => x.id === activityId);
      if (!a) throw noActivity(activityId);
      return hostPlan(db, a);
    },

    assign: (activityId: string, participantId: string, householdId: string) =>
      run((tx) => {
        const activity = activityIn(tx, activityId);
        const guest = tx.get('participants', participantId);
        if (!guest || guest.activityId !== activityId || guestsNeedingHost([guest]).length === 0)
          throw refused(
            'not_a_guest',
            'This participant does not need a host in this activity',
            'participantId',
          );
        const h = tx.get('households', householdId);
        if (!h) throw new AppFailure('NOT_FOUND', `No household with id ${householdId}`);
        const placed = tx.all('hostAssignments').find((a) => a.participantId === participantId);
        if (placed) {
          const where = tx.get('households', placed.householdId)?.name ?? '';
          throw refused('already_assigned', `${guest.name} already stays with ${where}`, 'participantId', {
            guest: guest.name,
            household: where,
          });
        }
        const { here, elsewhere } = bedsInUse(sourceOf(tx), activity);
        if ((here.get(h.id) ?? 0) + (elsewhere.get(h.id) ?? 0) >= h.beds)
          throw refused('household_full', `${h.name} has no bed left for these dates`, 'householdId', {
            household: h.name,
            beds: h.beds,
          });
        const span = { from: activity.startDate, to: activity.endDate };
        if (hardProblems(guest, h, span, HOST_RULES).includes('minorCheck'))
          throw refused(
            'minor_unchecked_host',
            `${h.name} has no valid check for hosting minors`,
            'householdId',
            {
              guest: guest.name,
              household: h.name,
            },
          );
        tx.insert('hostAssignments', { activityId, participantId, householdId, manual: true });
        return planIn(tx, activityId);
      }),

    unassign: (activityId: string, participantId: string) =>
      run((tx) => {
        activityIn(tx, activityId);
        const placed = tx
          .all('hostAssignments')
          .find((a) => a.activityId === activityId && a.participantId === participantId);
        if (!placed) throw new AppFailure('NOT_FOUND', 'This guest has no host in this activity');
        tx.remove('hostAssignments', placed.id);
        return planIn(tx, activityId);
      }),

    /** Stores the suggestions (all, or those of the guests named) as they are computed now, in the core. */
    acceptSuggestions: (activityId: string, participantIds?: readonly string[]) =>
      run((tx) => {
        const wanted = participantIds ? new Set(participantIds) : null;
        for (const s of planIn(tx, activityId).suggestions)
          if (!wanted || wanted.has(s.participantId))
            tx.insert('hostAssignments', {
              activityId,
              participantId: s.participantId,
              householdId: s.householdId,
              manual: false,
            });
        return planIn(tx, activityId);
      }),

    /** Activities not yet over, not cancelled, with guests still without a host: soonest first. */
    missing(): MissingHosts {
      const db = ctx.store().data;
      const today = localIsoDate(ctx.now());
      const placed = new Set(db.hostAssignments.map((a) => a.participantId));
      const byActivity = new Map<string, { guests: number; without: number }>();
      for (const g of guestsNeedingHost(db.participants)) {
        const n = byActivity.get(g.activityId) ?? { guests: 0, without: 0 };
        n.guests += 1;
        if (!placed.has(g.id)) n.without += 1;
        byActivity.set(g.activityId, n);
      }
      return db.activities
        .filter((a) => a.endDate >= today && a.status !== 'cancelled')
        .flatMap((a) => {
          const n = byActivity.get(a.id);
          if (!n || n.without === 0) return [];
          const { id, title, startDate, endDate } = a;
          return [{ activityId: id, title, startDate, endDate, guests: n.guests, withoutHost: n.without }];
        })
        .sort((x, y) => x.startDate.localeCompare(y.startDate));
    },
  };
}
export type HostService = ReturnType<typeof hostService>;
