import type { Activity, ActivityStatus } from './activity';

/**
 * idea → planned → confirmed → held → reported, or cancelled. Steps back are allowed where
 * plans really slip (a confirmed visit reopened, a cancelled idea revived, a report
 * reopened to correct it); nothing skips ahead, so no activity is "held" that was never confirmed.
 */
export const ACTIVITY_TRANSITIONS: Readonly<Record<ActivityStatus, readonly ActivityStatus[]>> = {
  idea: ['planned', 'cancelled'],
  planned: ['idea', 'confirmed', 'cancelled'],
  confirmed: ['planned', 'held', 'cancelled'],
  held: ['confirmed', 'reported'],
  reported: ['held'],
  cancelled: ['idea', 'planned'],
};

export function canMoveActivity(from: ActivityStatus, to: ActivityStatus): boolean {
  return ACTIVITY_TRANSITIONS[from].includes(to);
}

export type StatusRefusal = 'notAllowed' | 'beforeLastChange' | 'notStartedYet';

export type StatusMove = { ok: true; activity: Activity } | { ok: false; reason: StatusRefusal };

/**
 * Records a status change dated `date` (YYYY-MM-DD). An activity cannot be marked held or
 * reported before it began, and a change cannot be dated before the last one, so the
 * history reads in order.
 */
export function moveActivity(activity: Activity, to: ActivityStatus, date: string, note = ''): StatusMove {
  if (!canMoveActivity(activity.status, to)) return { ok: false, reason: 'notAllowed' };
  const last = activity.statusHistory.at(-1);
  if (last && date < last.date) return { ok: false, reason: 'beforeLastChange' };
  if ((to === 'held' || to === 'reported') && date < activity.startDate)
    return { ok: false, reason: 'notStartedYet' };
  return {
    ok: true,
    activity: {
      ...activity,
      status: to,
      statusHistory: [...activity.statusHistory, { status: to, date, note }],
    },
  };
}

/** The date the activity entered its current status. */
export function statusSince(activity: Pick<Activity, 'statusHistory'>): string | null {
  return activity.statusHistory.at(-1)?.date ?? null;
}
