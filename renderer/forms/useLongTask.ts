import { useCallback, useEffect, useRef, useState } from 'react';
import type { TaskProgress } from '../../shared/domain/longTask';
import { ApiError, call, subscribe } from '../api/client';

/** A task the secretary cancelled changed nothing: screens say so calmly, not as a failure. */
export const wasCancelled = (error: unknown) => error instanceof ApiError && error.error.code === 'CANCELLED';

/**
 * Follows one long task at a time (a hand-over, an import): names it, keeps its latest
 * progress from the core's `task:progress` events, and asks the core to cancel it.
 */
export function useLongTask() {
  const current = useRef<string | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);

  useEffect(
    () =>
      subscribe('task:progress', (p) => {
        if (p.taskId === current.current) setProgress(p);
      }),
    [],
  );

  const run = useCallback(async <T>(work: (taskId: string) => Promise<T>): Promise<T> => {
    const taskId = crypto.randomUUID();
    current.current = taskId;
    setRunning(true);
    setProgress(null);
    setCancelling(false);
    try {
      return await work(taskId);
    } finally {
      current.current = null;
      setRunning(false);
      setProgress(null);
      setCancelling(false);
    }
  }, []);

  const cancel = useCallback(async () => {
    const taskId = current.current;
    if (!taskId) return;
    setCancelling(true);
    // A task past its point of no return says no: it finishes, and the button comes back.
    const { cancelled } = await call('task:cancel', { taskId }).catch(() => ({ cancelled: false }));
    if (!cancelled && current.current === taskId) setCancelling(false);
  }, []);

  return { run, cancel, running, progress, cancelling };
}
