import type { SyncStatus } from '../../../shared/domain/sync';

export interface StatusEvents {
  /** Something sync's status is made of may have changed: the status is told soon, once. */
  changed(): void;
  close(): void;
}

/**
 * The `sync:changed` event: instead of the window asking every few seconds, the core tells it
 * when the status changed. A burst of changes (a replication batch, an import) is told once,
 * a moment after it; the status is computed one at a time, and told only when it differs
 * from the last one told.
 */
export function statusEvents(
  compute: () => Promise<SyncStatus>,
  emit: (status: SyncStatus) => void,
  log: { error(message: string, error?: unknown): void },
  delayMs = 150,
): StatusEvents {
  let timer: NodeJS.Timeout | null = null;
  let computing = false;
  let again = false;
  let closed = false;
  let last = '';

  const run = async () => {
    timer = null;
    computing = true;
    try {
      const status = await compute();
      const seen = JSON.stringify(status);
      if (!closed && seen !== last) {
        last = seen;
        emit(status);
      }
    } catch (error) {
      if (!closed) log.error('Sync could not tell its status', error);
    } finally {
      computing = false;
      if (again) {
        again = false;
        changed();
      }
    }
  };

  const changed = () => {
    if (closed) return;
    if (computing) {
      again = true;
      return;
    }
    if (timer) return;
    timer = setTimeout(() => void run(), delayMs);
    timer.unref();
  };

  return {
    changed,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
