import { useCallback, useEffect, useState } from 'react';
import type { ErasureReport, PendingErasure } from '../../../shared/domain/privacy';
import { call } from '../../api/client';
import { useAppStore } from '../../state/store';

/**
 * An erasure that stopped before every backup was done (a full disk, a crash): asked of the core
 * when the screen opens and after an erasure fails, and finished by the secretary's Finish.
 */
export function usePendingErasure(onFinished: (pending: PendingErasure, report: ErasureReport) => void) {
  const loadCommittee = useAppStore((s) => s.loadCommittee);
  const [pending, setPending] = useState<PendingErasure | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const reload = useCallback(async (): Promise<PendingErasure | null> => {
    // Not knowing is shown as nothing pending; the erasure itself still reports its failures.
    const left = await call('privacy:pendingErasure', {}).catch(() => null);
    setPending(left);
    return left;
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function finish(): Promise<void> {
    if (!pending) return;
    setFinishing(true);
    setFailure(null);
    try {
      const report = await call('privacy:finishErasure', {});
      onFinished(pending, report);
      // Finishing may remove records a stopped erasure had not removed yet.
      await loadCommittee();
    } catch (error) {
      setFailure(error);
    } finally {
      await reload();
      setFinishing(false);
    }
  }

  return { pending, finishing, failure, setFailure, reload, finish };
}
