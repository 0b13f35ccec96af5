import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import { useAppStore } from '../../state/store';

/**
 * One planning read a screen keeps for itself (a link's plan, the task list, the meetings),
 * asked again whenever a plan, task, meeting or what they name changes anywhere.
 */
export function usePlanning<C extends Channel>(
  channel: C,
  input: Input<C>,
): { data: Output<C> | undefined; failed: unknown; reload(): void } {
  const version = useAppStore((s) => s.planningVersion);
  const [data, setData] = useState<{ value: Output<C> } | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(input);
  useEffect(() => {
    let live = true;
    call(channel, JSON.parse(key) as Input<C>)
      .then((value) => live && (setData({ value }), setFailed(null)))
      .catch((error: unknown) => live && setFailed(error));
    return () => {
      live = false;
    };
  }, [channel, key, version, tick]);
  return { data: data?.value, failed, reload: () => setTick((n) => n + 1) };
}
