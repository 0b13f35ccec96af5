// From the sources (tsx, vitest, Playwright), a worker thread gets none of its parent's
// TypeScript loader: register tsx here, then load the TypeScript entry. The build does not
// use this file; electron-vite bundles entry.ts as out/main/worker.js.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
