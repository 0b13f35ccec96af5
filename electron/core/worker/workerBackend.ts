import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppStatus } from '../../../shared/domain/appStatus';
import { fail, type Result } from '../../../shared/ipc/errors';
import type { Backend } from '../backend';
import type { Logger } from '../dispatch';
import { EventHub } from '../events';
import type { FromWorker, ToWorker, WorkerStart } from './protocol';
import { prepareTransfer } from './transfer';
import type { SecretStore } from '../sync/secrets';
import { answerSecret } from './secretsBridge';

export interface WorkerBackendOptions extends Pick<WorkerStart, 'backend'> {
  warmPdf?: boolean;
  log?: Logger;
  /** How long close() waits for pending calls and the store's last write before it stops the thread. */
  closeTimeoutMs?: number;
  /** The desktop shell's secret store (safeStorage), asked by the core over the worker's port. */
  secrets?: SecretStore;
  /** A script to run instead of the backend's entry (tests run a fake core through the same proxy). */
  script?: { file: string; workerData?: unknown };
}

/** The error every call gets once the worker has stopped, whatever stopped it. */
export const coreStopped = (why: string): Result<never> =>
  fail({ code: 'CORE_STOPPED', message: `The backend is not running: ${why}` });

/**
 * Where the worker's code is. Bundled (electron-vite), this module is part of out/main/main.js
 * and the worker is out/main/worker.js beside it; from the sources (tsx, vitest, Playwright),
 * a small bootstrap registers tsx in the new thread and loads entry.ts.
 */
export function workerScript(here: string = import.meta.url): { file: string; entry?: string } {
  if (here.endsWith('.ts')) {
    return {
      file: fileURLToPath(new URL('./tsxBootstrap.mjs', here)),
      entry: new URL('./entry.ts', here).href,
    };
  }
  for (const candidate of ['./worker.js', '../worker.js']) {
    const file = fileURLToPath(new URL(candidate, here));
    if (existsSync(file)) return { file };
  }
  throw new Error(`The backend worker (worker.js) is missing next to ${fileURLToPath(here)}`);
}

/**
 * Starts the backend in a worker thread and answers with a proxy of the same Backend shape
 * the IPC layer and the host use. Resolves once the store is open (status known), rejects
 * if the backend could not start at all.
 */
export function startBackendWorker(options: WorkerBackendOptions): Promise<Backend> {
  const log = options.log ?? { error: (message, error) => console.error(message, error) };
  let worker: Worker;
  if (options.script) {
    worker = new Worker(options.script.file, { workerData: options.script.workerData });
  } else {
    const script = workerScript();
    const start: WorkerStart = {
      backend: options.backend,
      warmPdf: options.warmPdf ?? true,
      resourcesPath: (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath,
      secrets: options.secrets !== undefined,
      entry: script.entry,
    };
    worker = new Worker(script.file, { workerData: start });
  }
  return connect(worker, log, options.closeTimeoutMs ?? 15_000, options.secrets);
}

function connect(
  worker: Worker,
  log: Logger,
  closeTimeoutMs: number,
  secrets: SecretStore | undefined,
): Promise<Backend> {
  const events = new EventHub();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  let status: AppStatus | null = null;
  let stopped: string | null = null;
  let closing: Promise<void> | null = null;
  let onClosed: () => void = () => undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  return new Promise<Backend>((resolveStart, rejectStart) => {
    /** `code` is the system's error code of a failed start, kept so the shell can say what to do. */
    const stop = (why: string, code?: string) => {
      if (stopped !== null) return;
      stopped = why;
      for (const answer of pending.values()) answer(coreStopped(why));
      pending.clear();
      clearTimeout(closeTimer);
      const error: NodeJS.ErrnoException = new Error(`The backend could not start: ${why}`);
      if (code !== undefined) error.code = code;
      rejectStart(error);
      onClosed();
    };

    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          status = message.status;
          resolveStart(backend);
          return;
        case 'failed':
          void worker.terminate();
          return stop(message.message, message.code);
        case 'result': {
          status = message.status;
          const answer = pending.get(message.id);
          pending.delete(message.id);
          answer?.(message.result);
          return;
        }
        case 'event':
          status = message.status;
          events.emit(message.event, message.payload as never);
          return;
        case 'log':
          log.error(message.message, message.detail);
          return;
        case 'secret':
          void answerSecret(secrets, message).then((reply) => {
            if (stopped === null) worker.postMessage(reply satisfies ToWorker);
          });
          return;
        case 'closed':
          void worker.terminate();
          return stop('it was closed');
      }
    });
    worker.on('error', (error) => {
      log.error('The backend worker crashed', error);
      const code = (error as NodeJS.ErrnoException).code;
      stop(`it crashed (${error.message})`, typeof code === 'string' ? code : undefined);
    });
    worker.on('exit', (code) => stop(`it exited with code ${code}`));

    const send = (message: ToWorker) => {
      const { value, transfer } = prepareTransfer(message, true);
      worker.postMessage(value, transfer);
    };

    const backend: Backend = {
      dispatch(channel, input) {
        if (stopped !== null) return Promise.resolve(coreStopped(stopped));
        if (closing) return Promise.resolve(coreStopped('it is closing'));
        const id = nextId++;
        return new Promise<Result<unknown>>((answer) => {
          pending.set(id, answer);
          try {
            send({ type: 'call', id, channel, input });
          } catch (error) {
            // Input that cannot be cloned (a function, a class instance) never reaches the core.
            pending.delete(id);
            const detail = error instanceof Error ? error.message : String(error);
            answer(
              fail({ code: 'VALIDATION', message: `The input cannot be sent to the backend: ${detail}` }),
            );
          }
        });
      },
      events,
      status() {
        // Set before 'ready' resolves start, refreshed with every answer and event.
        if (!status) throw new Error('The backend has not started');
        return status;
      },
      close() {
        if (closing) return closing;
        closing = new Promise<void>((resolveClose) => {
          if (stopped !== null) return resolveClose();
          onClosed = resolveClose;
          closeTimer = setTimeout(() => {
            log.error(`The backend did not close within ${closeTimeoutMs} ms; stopping its thread`);
            void worker.terminate();
          }, closeTimeoutMs);
          closeTimer.unref();
          worker.postMessage({ type: 'close' } satisfies ToWorker);
        });
        return closing;
      },
    };
  });
}
