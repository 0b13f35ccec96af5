import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createBackend } from '../../electron/core/backend';
import { startHost } from '../../electron/host/server';
import { STORE_FILE } from '../../electron/core/store/openStore';
import { activity } from '../../tests/unit/shared/domain/activities/fixtures';
import { measureSelfTimed, row, type BenchContext, type BenchRow } from '../measure';
import { benchGuests } from './activitiesData';
import { LIST_ARRIVAL, PROBE } from './partnershipsList';
import { registryStore } from './registryStore';
import { CHROMIUM_ARGS } from './renderer';

const COUNT = 20_000;
const STAMP = '2026-11-02T10:00:00.000Z';

/** One link, one activity of it, and 20,000 participants registered for that activity. */
async function seedRegister(dir: string): Promise<string> {
  const base = registryStore(1);
  const link = base.partnerships[0]!;
  const camp = {
    ...activity({ id: 'bench', partnershipIds: [link.id], host: 'home' }),
    rev: 1,
    updatedAt: STAMP,
  };
  const participants = benchGuests(COUNT).map((p) => ({ ...p, rev: 1, updatedAt: STAMP }));
  await writeFile(join(dir, STORE_FILE), JSON.stringify({ ...base, activities: [camp], participants }), {
    mode: 0o600,
  });
  return camp.id;
}

/**
 * `participants.list.20k`: in Debian's Chromium (browser mode, a fresh context each run), from
 * the moment an activity's 20,000-person register has arrived to the first frame showing its
 * first row, with the counts above it (parsing, state, React, layout, paint).
 */
export async function participantsList20k(ctx: BenchContext): Promise<BenchRow[]> {
  const dir = await ctx.scratch('participants20k');
  const activityId = await seedRegister(dir);
  const backend = await createBackend({ dataDir: dir, transport: 'browser', appVersion: 'bench' });
  const host = await startHost({ backend, rendererDir: ctx.rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const paint = await measureSelfTimed(
      async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        try {
          const page = await context.newPage();
          await page.addInitScript(PROBE);
          await page.goto(`${host.url}#/activities/${activityId}?tab=participants`, { waitUntil: 'commit' });
          await page.waitForFunction(
            () => Reflect.get(Reflect.get(window, '__bench') as object, 'listPainted') !== null,
            undefined,
            { timeout: 60_000 },
          );
          const { arrived, bytes, painted } = (await page.evaluate(LIST_ARRIVAL)) as {
            arrived: number;
            bytes: number;
            painted: number;
          };
          if (bytes < 1_000_000)
            throw new Error(`The largest answer was ${bytes} bytes: the register did not arrive whole`);
          return painted - arrived;
        } finally {
          await context.close();
        }
      },
      { warmup: 1, runs: 6 },
    );
    return [row('participants.list.20k', 'ms', paint, 300)];
  } finally {
    await browser.close();
    await host.close();
    await backend.close();
  }
}
