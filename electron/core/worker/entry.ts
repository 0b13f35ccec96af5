import { parentPort, workerData } from 'node:worker_threads';
import type { Backend } from '../backend';
import { createBackendWithSample } from '../sample/withSample';
import type { FromWorker, ToWorker, WorkerStart } from './protocol';
import { prepareTransfer } from './transfer';
import { warmPdfEngine } from './warmup';
import { secretsOverPort } from './secretsBridge';

// The backend's own thread: every store, PDF and zip job runs here, so the thread that
// serves the window (Electron's main process, or the browser-mode host) never waits on one.
if (!parentPort) throw new Error('electron/core/worker/entry.ts runs only as a worker thread');
const port = parentPort;
const start = workerData as WorkerStart;
if (start.resourcesPath && !('resourcesPath' in process)) {
  Object.defineProperty(process, 'resourcesPath', { value: start.resourcesPath });
}

const post = (message: FromWorker) => {
  // The worker's bytes are copied before they move: a handler may still hold the buffer it returned.
  const { value, transfer } = prepareTransfer(message, false);
  port.postMessage(value, transfer);
};

const IN_FLIGHT_GRACE_MS = 2000;

// The desktop shell keeps the sync password with the OS (safeStorage); the core asks it over this port.
const secrets = start.secrets ? secretsOverPort((request) => post(request)) : null;
port.on('message', (message: ToWorker) => {
  if (message.type === 'secretReply') secrets?.reply(message);
});

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);

async function serve(backend: Backend): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  backend.events.subscribe((event, payload) =>
    post({ type: 'event', event, payload, status: backend.status() }),
  );

  port.on('message', (message: ToWorker) => {
    if (message.type === 'call') {
      const job = backend
        .dispatch(message.channel, message.input)
        .then((result) => {
          try {
            post({ type: 'result', id: message.id, result, status: backend.status() });
          } catch (error) {
            // A result that cannot be cloned is a bug in a handler, reported as a value all the same.
            post({
              type: 'log',
              message: 'A result could not be sent to the main thread',
              detail: describe(error),
            });
            post({
              type: 'result',
              id: message.id,
              result: { ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred' } },
              status: backend.status(),
            });
          }
        })
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    } else if (message.type === 'close') {
      // Calls already accepted get a moment to finish; a write already queued is flushed by
      // close() anyway, and a long read (the gazetteer loading) must not hold the app open.
      const grace = new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_GRACE_MS).unref());
      void Promise.race([Promise.allSettled([...inFlight]), grace])
        .then(() => backend.close())
        .catch((error: unknown) =>
          post({ type: 'log', message: 'Closing the backend failed', detail: describe(error) }),
        )
        // No port.close() here: it can drop the message just posted. The main side ends the thread.
        .finally(() => post({ type: 'closed' }));
    }
  });
  post({ type: 'ready', status: backend.status() });
  if (start.warmPdf) {
    // After 'ready': the window opens meanwhile; a call that arrives now waits for one small page.
    setImmediate(() => {
      warmPdfEngine().catch((error: unknown) =>
        post({ type: 'log', message: 'Warming the PDF engine failed', detail: describe(error) }),
      );
    });
  }
}

createBackendWithSample({
  ...start.backend,
  ...(secrets ? { secrets: secrets.store } : {}),
  log: { error: (message, error) => post({ type: 'log', message, detail: describe(error) }) },
}).then(serve, (error: unknown) => {
  // The code crosses with the message: it is what tells a full disk from a read-only drive.
  const code = (error as NodeJS.ErrnoException | null)?.code;
  post({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
  });
});
