import { test as base, expect, type Page } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../../electron/core/backend';
import { startBackendWorker } from '../../electron/core/worker/workerBackend';
import { startBrowserMode, type BrowserMode } from '../../electron/host/browserMode';

const root = join(import.meta.dirname, '..', '..');

/** A running browser-mode app on a fresh data folder; restart() keeps the folder. */
export interface App {
  dataDir: string;
  url: string;
  /** Stops the host and the backend, then starts them again on the same data folder. */
  restart(): Promise<void>;
  /** Stops the host and the backend, as when the console window is closed. */
  stop(): Promise<void>;
  /** Starts them again after stop(), as `npm run web` would (same folder, so same address). */
  start(): Promise<void>;
  /** Every host that is not 127.0.0.1 that the page tried to reach. */
  outbound: string[];
}

/** As `npm run web` does: the folder's usual port and the tabs it knows survive a restart. */
async function launch(dataDir: string): Promise<{ backend: Backend; mode: BrowserMode }> {
  // The backend in a worker thread, the host on this thread, as `npm run web` runs them.
  const backend = await startBackendWorker({
    backend: { dataDir, transport: 'browser', appVersion: '0.0.0-test' },
  });
  const mode = await startBrowserMode({
    backend,
    dataDir,
    rendererDir: join(root, process.env.TWINNING_OUT_DIR ?? 'out', 'renderer'),
  });
  return { backend, mode };
}

/** Seed a test's data folder from tests/fixtures/<name> when it needs existing data. */
export async function seed(dataDir: string, fixture: string): Promise<void> {
  await cp(join(root, 'tests', 'fixtures', fixture), dataDir, { recursive: true });
}

export const test = base.extend<{ app: App; fixtureName: string | null }>({
  fixtureName: [null, { option: true }],
  app: async ({ page, fixtureName }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'twinning-e2e-'));
    if (fixtureName) await seed(dataDir, fixtureName);
    let running: Awaited<ReturnType<typeof launch>> | null = await launch(dataDir);
    const stop = async () => {
      if (!running) return;
      await running.mode.close();
      await running.backend.close();
      running = null;
    };
    const outbound: string[] = [];
    page.on('request', (request) => {
      const host = new URL(request.url()).hostname;
      if (host !== '127.0.0.1' && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
        outbound.push(request.url());
      }
    });
    const app: App = {
      dataDir,
      get url() {
        if (!running) throw new Error('the app is stopped');
        return running.mode.host.url;
      },
      outbound,
      async restart() {
        await stop();
        running = await launch(dataDir);
      },
      stop,
      async start() {
        running ??= await launch(dataDir);
      },
    };
    await use(app);
    await stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export async function open(page: Page, app: App, route = '/'): Promise<void> {
  await page.goto(`${app.url}#${route}`);
}

export { expect };
