export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending snapshot must not keep a CLI or test process alive.
    handle.unref();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export const SNAPSHOT_INTERVAL_MS = 15 * 60 * 1000;

export interface SchedulerOptions {
  now(): Date;
  timers: Timers;
  /** When the newest periodic snapshot on disk was taken, if any. */
  lastSnapshotAt: Date | null;
  intervalMs?: number;
  snapshot(): Promise<void>;
  onError(error: unknown): void;
}

/**
 * Rotating snapshots while the store changes: a change asks for one, and it is taken
 * at once if the last was long enough ago, else when the interval has passed. No
 * change, no snapshot; many changes, at most one per interval.
 */
export class BackupScheduler {
  private pending: unknown = null;
  private running: Promise<void> = Promise.resolve();
  private lastAt: Date | null;
  private readonly interval: number;

  constructor(private readonly options: SchedulerOptions) {
    this.lastAt = options.lastSnapshotAt;
    this.interval = options.intervalMs ?? SNAPSHOT_INTERVAL_MS;
  }

  changed(): void {
    if (this.pending !== null) return;
    const since = this.lastAt ? this.options.now().getTime() - this.lastAt.getTime() : Infinity;
    const delay = Math.max(0, this.interval - since);
    this.pending = this.options.timers.set(() => this.fire(), delay);
  }

  private fire(): void {
    this.pending = null;
    this.lastAt = this.options.now();
    this.running = this.running
      .then(() => this.options.snapshot())
      .catch((error: unknown) => this.options.onError(error));
  }

  /** Cancels a pending snapshot and waits for one being written. */
  async stop(): Promise<void> {
    if (this.pending !== null) this.options.timers.clear(this.pending);
    this.pending = null;
    await this.running;
  }

  /** For tests and close(): wait until a snapshot being written is on disk. */
  idle(): Promise<void> {
    return this.running;
  }
}
