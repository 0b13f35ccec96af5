import type { Activity } from './activity';

/**
 * For each link, the last day of its latest activity that was not cancelled: a sign of life
 * for the registry and the Overview, as the timeline's visits and exchanges were before they
 * became activities (store version 8). A planned one counts too, as a planned visit on the
 * timeline did: a committee preparing a visit is not a committee gone quiet.
 */
export function lastActivityEnds(
  activities: readonly Pick<Activity, 'partnershipIds' | 'endDate' | 'status'>[],
): Map<string, string> {
  const last = new Map<string, string>();
  for (const a of activities) {
    if (a.status === 'cancelled') continue;
    for (const id of a.partnershipIds) {
      const seen = last.get(id);
      if (seen === undefined || a.endDate > seen) last.set(id, a.endDate);
    }
  }
  return last;
}
