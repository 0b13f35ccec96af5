import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncStatus } from '../../../shared/domain/sync';
import { call, subscribe } from '../../api/client';

/**
 * The core's sync status: asked once when a screen shows it, then kept up to date by the
 * core's `sync:changed` events (replication runs in the core on its own; the window only
 * looks). A whole-store change (the sample committee, a restore) asks again, since it may
 * change whether sync is set up at all. A failed ask keeps the last answer.
 */
export function useSyncStatus() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  /** Counts asks and events: an answer older than the latest event is not shown over it. */
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const ask = ++latest.current;
    try {
      const answer = await call('sync:status', {});
      if (ask === latest.current) setStatus(answer);
    } catch {
      // The next event or ask may answer; the last status stays shown meanwhile.
    }
  }, []);
  useEffect(() => {
    const stopStatus = subscribe('sync:changed', (told) => {
      latest.current += 1;
      setStatus(told);
    });
    const stopStore = subscribe('store:changed', (change) => {
      if (change.reset) void refresh();
    });
    void refresh();
    return () => {
      stopStatus();
      stopStore();
    };
  }, [refresh]);
  return { status, setStatus, refresh };
}
