import { useCallback, useEffect, useState } from 'react';
import type { HostPlan } from '../../../shared/ipc/channels/hosts';
import { call } from '../../api/client';
import { useAppStore } from '../../state/store';

/**
 * One activity's host plan, asked again whenever a household, a placement or a participant
 * changes anywhere; an action shows the plan the core answers with at once.
 */
export function useHostPlan(activityId: string) {
  const version = useAppStore((s) => s.hostsVersion);
  const [plan, setPlan] = useState<HostPlan | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    call('hosts:suggest', { activityId })
      .then((p) => live && (setPlan(p), setFailed(null)))
      .catch((error: unknown) => live && setFailed(error));
    return () => {
      live = false;
    };
  }, [activityId, version]);
  const act = useCallback(async (work: Promise<HostPlan>) => setPlan(await work), []);
  return {
    plan,
    failed,
    acceptAll: () => act(call('hosts:acceptSuggestions', { activityId })),
    acceptOne: (participantId: string) =>
      act(call('hosts:acceptSuggestions', { activityId, participantIds: [participantId] })),
    assign: (participantId: string, householdId: string) =>
      act(call('hosts:assign', { activityId, participantId, householdId })),
    unassign: (participantId: string) => act(call('hosts:unassign', { activityId, participantId })),
  };
}
export type HostPlanActions = ReturnType<typeof useHostPlan>;
