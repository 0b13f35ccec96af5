import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/domain/sync';
import { call } from '../../api/client';

/**
 * The core's sync status, asked again every few seconds while a screen shows it (replication
 * runs in the core on its own; the window only looks). A failed ask keeps the last answer.
 */
export function useSyncStatus(everyMs = 3000) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const refresh = useCallback(async () => {
    try {
      setStatus(await call('sync:status', {}));
    } catch {
      // The next ask may answer; the last status stays shown meanwhile.
    }
  }, []);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), everyMs);
    return () => clearInterval(timer);
  }, [refresh, everyMs]);
  return { status, setStatus, refresh };
}
