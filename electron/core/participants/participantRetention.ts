import {
  holdsSensitiveData,
  sensitiveDataDue,
  withoutSensitiveData,
} from '../../../shared/domain/activities/retention';
import type { SensitiveDue } from '../../../shared/ipc/channels/participants';
import { AppFailure } from '../../../shared/ipc/errors';
import { toWriteFailure } from '../store/writeErrors';
import type { ServiceContext } from '../context';
import { activityOf } from './participants';
import { localIsoDate } from '../today';

/**
 * Diet, access needs and a minor's emergency contact are kept only as long as the committee's
 * rule says after an activity ends; then the Personal data screen offers their deletion. The
 * participants stay, so every count and signed list stays as it was.
 */
export function participantRetention(ctx: ServiceContext) {
  const due = (keepMonths: number) => {
    const db = ctx.store().data;
    return sensitiveDataDue(db.activities, db.participants, localIsoDate(ctx.now()), keepMonths);
  };
  return {
    due(keepMonths: number): SensitiveDue[] {
      const db = ctx.store().data;
      return due(keepMonths)
        .map((d) => {
          const a = activityOf(db, d.activityId);
          return {
            activityId: a.id,
            title: a.title,
            endDate: a.endDate,
            dueSince: d.dueSince,
            participants: d.participantIds.length,
          };
        })
        .sort((x, y) => x.endDate.localeCompare(y.endDate));
    },

    async erase(activityId: string, keepMonths: number): Promise<{ erased: number }> {
      activityOf(ctx.store().data, activityId);
      if (!due(keepMonths).some((d) => d.activityId === activityId))
        throw new AppFailure('VALIDATION', 'This activity’s sensitive data is not due for deletion yet', [
          { path: ['activityId'], code: 'not_due', message: 'not due' },
        ]);
      const { value } = await ctx.store().transaction((tx) => {
        let erased = 0;
        for (const p of tx.all('participants')) {
          if (p.activityId !== activityId || !holdsSensitiveData(p)) continue;
          tx.put('participants', withoutSensitiveData(p));
          erased++;
        }
        return erased;
      });
      // The journal holds the earlier versions until it is folded into the snapshot.
      await ctx
        .store()
        .flushAndCompact()
        .catch((error: unknown) => {
          throw toWriteFailure(error);
        });
      return { erased: value };
    },
  };
}
export type ParticipantRetention = ReturnType<typeof participantRetention>;
