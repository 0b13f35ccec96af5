import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createBackend } from '../../electron/core/backend';
import { startHost } from '../../electron/host/server';
import { STORE_FILE } from '../../electron/core/store/openStore';
import { activity } from '../../tests/unit/shared/domain/activities/fixtures';
import { measureSelfTimed, row, stats, type BenchContext, type BenchRow } from '../measure';
import { LIST_ARRIVAL, PROBE } from './partnershipsList';
import { registryStore } from './registryStore';
import { CHROMIUM_ARGS } from './renderer';

const LINKS = 30;
const YEARS = 30;
/** A busy link: an activity every other month, every year. */
const PER_YEAR = 6;
const STAMP = '2026-11-02T10:00:00.000Z';
const lastYear = new Date().getFullYear();
const firstYear = lastYear - YEARS + 1;

/** 30 links, each with 30 years of activities (5,400 in all), their signings and anniversaries. */
async function seedTimeline(dir: string): Promise<void> {
  const base = registryStore(LINKS);
  const activities = base.partnerships.flatMap((link, l) =>
    Array.from({ length: YEARS * PER_YEAR }, (_, n) => {
      const year = firstYear + Math.floor(n / PER_YEAR);
      const day = `${year}-${String((n % PER_YEAR) * 2 + 1).padStart(2, '0')}-${String((l % 27) + 1).padStart(2, '0')}`;
      return {
        ...activity({
          id: `bench-${l}-${n}`,
          title: `Exchange ${n + 1} with ${link.partners[0]!.place.name}`,
          partnershipIds: [link.id],
          startDate: day,
          endDate: day,
          status: 'held',
        }),
        rev: 1,
        updatedAt: STAMP,
      };
    }),
  );
  await writeFile(join(dir, STORE_FILE), JSON.stringify({ ...base, activities }), { mode: 0o600 });
}

/** Zooms to quarters, months and back to years, a frame and a pause after each; the longest task meanwhile. */
const ZOOM_THROUGH = `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  const settle = async () => { await frame(); await frame(); await new Promise((r) => setTimeout(r, 300)); };
  await settle();
  const started = performance.now();
  for (const zoom of ['quarter', 'month', 'year']) {
    document.querySelector('input[type="radio"][value="' + zoom + '"]').click();
    await settle();
    if (!location.hash.includes('zoom=' + zoom)) throw new Error('the zoom did not change to ' + zoom);
    if (!document.querySelector('[role="table"] [role="row"][aria-rowindex="2"]')) throw new Error('no timeline after zooming to ' + zoom);
  }
  const during = window.__bench.longTasks.filter((t) => t.start + t.duration >= started);
  return Math.max(0, ...during.map((t) => t.duration));
})()`;

/**
 * `timeline.render.30y`: in Debian's Chromium (browser mode, a fresh context each run), from
 * the moment the timeline of 30 links × 30 years (5,400 activities, their signings and
 * anniversaries) has arrived to the first frame showing its first row.
 * `timeline.render.30y.zoom`: the longest task (Long Tasks API: over 50 ms, none means 0)
 * while zooming to quarters, to months and back to years.
 */
export async function timelineRender30y(ctx: BenchContext): Promise<BenchRow[]> {
  const dir = await ctx.scratch('timeline30y');
  await seedTimeline(dir);
  const backend = await createBackend({ dataDir: dir, transport: 'browser', appVersion: 'bench' });
  const host = await startHost({ backend, rendererDir: ctx.rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const zooms: number[] = [];
  try {
    const paint = await measureSelfTimed(
      async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        try {
          const page = await context.newPage();
          await page.addInitScript(PROBE);
          await page.goto(`${host.url}#/team/timeline?zoom=year&from=${firstYear}&to=${lastYear}`, {
            waitUntil: 'commit',
          });
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
          if (bytes < 500_000)
            throw new Error(`The largest answer was ${bytes} bytes: the timeline did not arrive whole`);
          zooms.push((await page.evaluate(ZOOM_THROUGH)) as number);
          return painted - arrived;
        } finally {
          await context.close();
        }
      },
      { warmup: 1, runs: 6 },
    );
    // The first run is the warm-up of the paint: its zoom is left out too.
    return [
      row('timeline.render.30y', 'ms', paint, 300),
      row('timeline.render.30y.zoom', 'ms', stats(zooms.slice(1)), 50),
    ];
  } finally {
    await browser.close();
    await host.close();
    await backend.close();
  }
}
