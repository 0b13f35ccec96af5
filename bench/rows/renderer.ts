import { chromium } from '@playwright/test';
import { createBackend } from '../../electron/core/backend';
import { startHost } from '../../electron/host/server';
import { measureSelfTimed, row, type BenchContext, type BenchRow } from '../measure';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * From navigation to an interactive Overview in Debian's Chromium (browser mode, a fresh
 * browser context each run, so nothing is cached). The browser start itself is not counted.
 */
export async function rendererFirstRender(ctx: BenchContext): Promise<BenchRow[]> {
  const backend = await createBackend({
    dataDir: await ctx.scratch('render'),
    transport: 'browser',
    appVersion: 'bench',
  });
  const host = await startHost({ backend, rendererDir: ctx.rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const firstRender = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(host.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Welcome to Twinning Desk' }).waitFor({ state: 'visible' });
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Committee', exact: true })
      .waitFor({ state: 'visible' });
    const elapsed = performance.now() - started;
    await context.close();
    return elapsed;
  };
  try {
    return [
      row('renderer.first-render', 'ms', await measureSelfTimed(firstRender, { warmup: 2, runs: 12 }), 1000),
    ];
  } finally {
    await browser.close();
    await host.close();
    await backend.close();
  }
}
