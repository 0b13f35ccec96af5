import { useEffect, useState } from 'react';
import type { ActivityFilter, ActivityView } from '../../../shared/ipc/channels/activities';
import { call } from '../../api/client';
import { useAppStore } from '../../state/store';

/**
 * A list of activities a screen keeps for itself (a link's tab, the overview), asked again
 * whenever an activity changes anywhere (activitiesVersion), so it never shows a stale row.
 */
export function useActivityList(filter: ActivityFilter): { rows: ActivityView[] | null; failed: unknown } {
  const version = useAppStore((s) => s.activitiesVersion);
  const [rows, setRows] = useState<ActivityView[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const key = JSON.stringify(filter);
  useEffect(() => {
    let live = true;
    call('activities:list', JSON.parse(key) as ActivityFilter)
      .then((r) => live && (setRows(r), setFailed(null)))
      .catch((error: unknown) => live && setFailed(error));
    return () => {
      live = false;
    };
  }, [key, version]);
  return { rows, failed };
}
