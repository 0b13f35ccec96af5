import { useCallback, useEffect, useState } from 'react';
import type { ErasureReport, PendingErasure } from '../../../shared/domain/privacy';
import { ApiError, call } from '../../api/client';
import { useAppStore } from '../../state/store';

const codeOf = (error: unknown) => (error instanceof ApiError ? error.error.code : 'INTERNAL');

/**
 * An erasure that stopped before every backup was done (a full disk, a crash): asked of the core
 * when the screen opens and after an erasure fails, and finished by the secretary's Finish.
 */
export function usePendingErasure(onFinished: (pending: PendingErasure, report: ErasureReport) => void) {
  const loadCommittee = useAppStore((s) => s.loadCommittee);
  const [pending, setPending] = useState<PendingErasure | null>(null);
  const [finishing, setFinishing] = useState(false);
  /** Why it stopped, when it just did (an error code): the screen says what to do about it. */
  const [stoppedBy, setStoppedBy] = useState<string | null>(null);

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
    setStoppedBy(null);
    try {
      const report = await call('privacy:finishErasure', {});
      onFinished(pending, report);
      // Finishing may remove records a stopped erasure had not removed yet.
      await loadCommittee();
    } catch (error) {
      setStoppedBy(codeOf(error));
    } finally {
      await reload();
      setFinishing(false);
    }
  }

  /**
   * After an erasure failed: true when it stopped half-way (a job is left), so the screen shows
   * what is left and what to do instead of a generic "nothing was changed".
   */
  async function stoppedHalfWay(error: unknown): Promise<boolean> {
    const left = await reload();
    setStoppedBy(left ? codeOf(error) : null);
    return left !== null;
  }

  return { pending, finishing, stoppedBy, finish, stoppedHalfWay, clearStopped: () => setStoppedBy(null) };
}
