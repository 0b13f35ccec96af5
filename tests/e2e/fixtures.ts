import { test as base, expect, type Page } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../../electron/core/backend';
import { startBackendWorker } from '../../electron/core/worker/workerBackend';
import { startHost, type Host } from '../../electron/host/server';

const root = join(import.meta.dirname, '..', '..');

/** A running browser-mode app on a fresh data folder; restart() keeps the folder. */
export interface App {
  dataDir: string;
  url: string;
  /** Stops the host and the backend, then starts them again on the same data folder. */
  restart(): Promise<void>;
  /** Every host that is not 127.0.0.1 that the page tried to reach. */
  outbound: string[];
}

async function launch(dataDir: string): Promise<{ backend: Backend; host: Host }> {
  // As `npm run web` runs it: the backend in a worker thread, the host on this thread.
  const backend = await startBackendWorker({
    backend: { dataDir, transport: 'browser', appVersion: '0.0.0-test' },
  });
  const host = await startHost({
    backend,
    rendererDir: join(root, process.env.TWINNING_OUT_DIR ?? 'out', 'renderer'),
  });
  return { backend, host };
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
    let running = await launch(dataDir);
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
        return running.host.url;
      },
      outbound,
      async restart() {
        await running.host.close();
        await running.backend.close();
        running = await launch(dataDir);
      },
    };
    await use(app);
    await running.host.close();
    await running.backend.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export async function open(page: Page, app: App, route = '/'): Promise<void> {
  await page.goto(`${app.url}#${route}`);
}

export { expect };
