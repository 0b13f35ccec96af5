import type { TaskPhase } from '../../../shared/domain/longTask';
import { AppFailure } from '../../../shared/ipc/errors';
import type { EventHub } from '../events';

/** What a long task calls between its steps. */
export interface TaskSteps {
  /**
   * Says how far the task has come, lets the thread answer other calls, and throws CANCELLED
   * when the secretary cancelled (until `pointOfNoReturn`).
   */
  step(phase: TaskPhase, done: number, total: number): Promise<void>;
  /**
   * From here on the task changes the data folder: it finishes, and cancel says no (the next
   * step tells the window). Throws CANCELLED when a cancel came before it.
   */
  pointOfNoReturn(): void;
}

/** Progress events at most this often, and always for the first and the last step of a phase. */
const REPORT_EVERY_MS = 100;

const cancelled = (taskId: string) => new AppFailure('CANCELLED', `Task ${taskId} was cancelled`);

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The steps of a call nobody follows (tests, the command line): they only let others in. */
export const unfollowed: TaskSteps = { step: yieldToOthers, pointOfNoReturn: () => undefined };

export class LongTasks {
  private readonly running = new Map<string, { cancelled: boolean; cancellable: boolean }>();

  constructor(
    private readonly events: EventHub,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Runs `work` as a task the window can follow under `taskId` (none: nobody follows it). */
  async run<T>(taskId: string | undefined, work: (steps: TaskSteps) => Promise<T>): Promise<T> {
    if (taskId === undefined) return work(unfollowed);
    if (this.running.has(taskId)) {
      throw new AppFailure('VALIDATION', `Task ${taskId} is already running`, [
        { path: ['taskId'], code: 'task_running', message: 'task_running' },
      ]);
    }
    const state = { cancelled: false, cancellable: true };
    this.running.set(taskId, state);
    let reportedAt = -Infinity;
    let lastPhase: TaskPhase | null = null;
    const report = (phase: TaskPhase, done: number, total: number) => {
      this.events.emit('task:progress', { taskId, phase, done, total, cancellable: state.cancellable });
      reportedAt = this.clock();
      lastPhase = phase;
    };
    try {
      return await work({
        step: async (phase, done, total) => {
          const due = phase !== lastPhase || done >= total || this.clock() - reportedAt >= REPORT_EVERY_MS;
          if (due) report(phase, done, total);
          await yieldToOthers();
          if (state.cancelled && state.cancellable) throw cancelled(taskId);
        },
        pointOfNoReturn: () => {
          // A cancel said yes before this point: honour it while nothing has changed yet.
          if (state.cancelled) throw cancelled(taskId);
          state.cancellable = false;
          // The next step is reported at once, so the window takes its Cancel button away.
          reportedAt = -Infinity;
        },
      });
    } finally {
      this.running.delete(taskId);
    }
  }

  /** Asks a task to stop at its next step; false when it is not running or may no longer stop. */
  cancel(taskId: string): boolean {
    const state = this.running.get(taskId);
    if (!state || !state.cancellable) return false;
    state.cancelled = true;
    return true;
  }
}
