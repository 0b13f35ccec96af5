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

/**
 * Which snapshots to delete under the policy. Pure, so the schedule is tested with
 * made-up dates. Applies to every reason alike: the schedule is what the privacy notes
 * promise about how long an erased person can survive in a backup.
 */
export function expiredBackups<T extends { id: string; createdAt: Date }>(
  backups: readonly T[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): T[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>(newestFirst.slice(0, policy.keepNewest).map((b) => b.id));
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const age = now.getTime() - backup.createdAt.getTime();
    if (age < policy.keepAllFor) {
      keep.add(backup.id);
    } else if (age < policy.keepDailyFor) {
      const day = backup.createdAt.toISOString().slice(0, 10);
      if (!daysSeen.has(day)) {
        daysSeen.add(day);
        keep.add(backup.id);
      }
    }
  }
  return newestFirst.filter((b) => !keep.has(b.id));
}
