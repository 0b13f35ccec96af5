import type { Activity } from './activity';

/**
 * The day an activity shows a link is alive, or null when it does not: a visit held (or
 * reported) counts from its last day, one planned or confirmed with the partner from its first
 * (as a visit on the old timeline did); an idea nobody has agreed to, or a cancelled one, is
 * not contact.
 */
export function activityDay(a: Pick<Activity, 'status' | 'startDate' | 'endDate'>): string | null {
  switch (a.status) {
    case 'held':
    case 'reported':
      return a.endDate;
    case 'planned':
    case 'confirmed':
      return a.startDate;
    default:
      return null;
  }
}

/** The latest such day per partnership, over every activity that belongs to it. */
export function lastActivityDays(
  activities: readonly Pick<Activity, 'status' | 'startDate' | 'endDate' | 'partnershipIds'>[],
): Map<string, string> {
  const days = new Map<string, string>();
  for (const a of activities) {
    const day = activityDay(a);
    if (day === null) continue;
    for (const id of a.partnershipIds) {
      const seen = days.get(id);
      if (seen === undefined || day > seen) days.set(id, day);
    }
  }
  return days;
}
