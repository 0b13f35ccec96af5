import { addMonths } from '../partnershipLifecycle';
import type { Activity } from './activity';
import { ERASED_PARTICIPANT_FIELDS, PARTICIPANT_SENSITIVE_FIELDS, type Participant } from './participant';

/** Whether a participant still holds any sensitive value (diet, allergies, access needs, emergency contact). */
export function holdsSensitiveData(p: Participant): boolean {
  return PARTICIPANT_SENSITIVE_FIELDS.some(({ key }) => {
    const value = p[key as keyof Participant];
    const erased = ERASED_PARTICIPANT_FIELDS[key as keyof typeof ERASED_PARTICIPANT_FIELDS];
    return JSON.stringify(value) !== JSON.stringify(erased);
  });
}

/** The participant without the sensitive fields; everything the counts and the signed lists use stays. */
export function withoutSensitiveData(p: Participant): Participant {
  return { ...p, ...ERASED_PARTICIPANT_FIELDS };
}

export interface SensitiveDataDue {
  activityId: string;
  participantIds: string[];
  /** The day from which deletion is offered: the end of the activity plus the kept months. */
  dueSince: string;
}

/**
 * The activities whose participants' sensitive data has been kept long enough: the end date
 * plus `keepMonths` (the committee's own rule) is on or before `today`. Only participants who
 * still hold such data are named, so a second pass offers nothing.
 */
export function sensitiveDataDue(
  activities: readonly Pick<Activity, 'id' | 'endDate' | 'status'>[],
  participants: readonly Participant[],
  today: string,
  keepMonths: number,
): SensitiveDataDue[] {
  const byActivity = new Map<string, string[]>();
  for (const p of participants)
    if (holdsSensitiveData(p)) byActivity.set(p.activityId, [...(byActivity.get(p.activityId) ?? []), p.id]);
  return activities.flatMap((a) => {
    const ids = byActivity.get(a.id);
    const dueSince = addMonths(a.endDate, keepMonths);
    return ids && dueSince <= today ? [{ activityId: a.id, participantIds: ids, dueSince }] : [];
  });
}
