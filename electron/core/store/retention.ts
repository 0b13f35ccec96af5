const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export interface RetentionPolicy {
  /** Everything younger than this is kept. */
  keepAllFor: number;
  /** Older than keepAllFor but younger than this: the newest of each calendar day (UTC). */
  keepDailyFor: number;
  /** However old, the newest few are kept, so a laptop left in a drawer still has backups. */
  keepNewest: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepAllFor: DAY, keepDailyFor: 30 * DAY, keepNewest: 3 };

/** Whether a snapshot can be restored; asked only where the answer changes what is kept. */
export type Restorable<T> = (backup: T) => boolean | Promise<boolean>;

/**
 * Which snapshots to delete under the policy. Applies to every reason alike: the schedule
 * is what the privacy notes promise about how long an erased person can survive in a backup.
 * Only snapshots that can be restored count towards "the newest few" and "the newest of the
 * day", so a damaged file never takes the place of a good one; a damaged snapshot is kept
 * only while it is younger than keepAllFor (long enough to look at, never instead of one).
 */
export async function expiredBackups<T extends { id: string; createdAt: Date }>(
  backups: readonly T[],
  now: Date,
  restorable: Restorable<T> = () => true,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<T[]> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  const daysSeen = new Set<string>();
  let goodKept = 0;
  for (const backup of newestFirst) {
    const age = now.getTime() - backup.createdAt.getTime();
    const day = backup.createdAt.toISOString().slice(0, 10);
    const wanted =
      goodKept < policy.keepNewest ||
      (age >= policy.keepAllFor && age < policy.keepDailyFor && !daysSeen.has(day));
    if (age < policy.keepAllFor) keep.add(backup.id);
    if (!wanted) continue;
    if (!(await restorable(backup))) continue;
    keep.add(backup.id);
    goodKept += 1;
    if (age >= policy.keepAllFor) daysSeen.add(day);
  }
  return newestFirst.filter((b) => !keep.has(b.id));
}
