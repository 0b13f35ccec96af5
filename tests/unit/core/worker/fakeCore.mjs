// A stand-in for electron/core/worker/entry.ts that speaks the same protocol, so the proxy's
// handling of crashes, exits, hangs and slow closes can be tested without a store.
import { parentPort, workerData } from 'node:worker_threads';

let status = {
  state: 'ready',
  readOnly: false,
  dataDir: '/fake',
  schemaVersion: 5,
  appVersion: 'fake',
  transport: 'browser',
  problem: null,
};
const options = workerData ?? {};

if (options.failStart) {
  parentPort.postMessage({ type: 'failed', message: 'the data folder is locked' });
} else {
  parentPort.postMessage({ type: 'ready', status });
}

const secretReplies = new Map();
let secretIds = 0;

parentPort.on('message', (message) => {
  if (message.type === 'secretReply') {
    secretReplies.get(message.id)?.(message);
    secretReplies.delete(message.id);
    return;
  }
  if (message.type === 'close') {
    if (options.ignoreClose) return;
    parentPort.postMessage({ type: 'closed' });
    return;
  }
  const { id, channel, input } = message;
  const answer = (result) => parentPort.postMessage({ type: 'result', id, result, status });
  switch (channel) {
    case 'echo':
      return answer({ ok: true, data: { input, isUint8Array: input?.bytes instanceof Uint8Array } });
    case 'emit':
      status = { ...status, readOnly: true };
      parentPort.postMessage({ type: 'event', event: 'store:changed', payload: { revision: 7 }, status });
      return answer({ ok: true, data: null });
    case 'log':
      parentPort.postMessage({ type: 'log', message: 'Handler for log failed', detail: 'Error: boom' });
      return answer({ ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred' } });
    case 'crash':
      setImmediate(() => {
        throw new Error('the core fell over');
      });
      return;
    case 'exit':
      process.exit(3);
      return;
    case 'slow':
      setTimeout(() => answer({ ok: true, data: 'slow answer' }), 50);
      return;
    case 'hang':
      return;
    case 'secret': {
      // Asks the main thread's secret store, as the core's sync does, and answers with its reply.
      const secretId = ++secretIds;
      secretReplies.set(secretId, (reply) => answer({ ok: true, data: reply }));
      parentPort.postMessage({ type: 'secret', id: secretId, ...input });
      return;
    }
    default:
      return answer({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${channel}` },
      });
  }
});
