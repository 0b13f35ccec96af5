import { chromium, type Browser } from '@playwright/test';
import { createBackend } from '../../electron/core/backend';
import { startHost } from '../../electron/host/server';
import { measureSelfTimed, row, stats, type BenchContext, type BenchRow } from '../measure';
import { REGISTRY_SIZE, seedRegistry } from './registryStore';
import { CHROMIUM_ARGS } from './renderer';

/**
 * Installed before the app's own scripts. It notes long tasks, and the first frame after
 * the first data row of a virtual table (the registry, an activity's register) entered the DOM: a requestAnimationFrame
 * callback runs just before that frame is drawn, and a message posted from it arrives
 * once the frame is done. Page code is a string: the bench runs under tsx, whose helpers
 * would not exist in the page.
 */
export const PROBE = `(() => {
  window.__bench = { longTasks: [], listPainted: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const firstRow = () => document.querySelector('[role="table"] [role="row"][aria-rowindex="2"]');
  const observer = new MutationObserver(() => {
    if (!firstRow()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__bench.listPainted = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/**
 * When the registry's data had arrived: the end of the largest /api/invoke response
 * (partnership:list sends every matching row; nothing else the page asks for comes near).
 */
export const LIST_ARRIVAL = `(() => {
  const invokes = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/api/invoke');
  const list = invokes.reduce((a, b) => (b.encodedBodySize > a.encodedBodySize ? b : a));
  return { arrived: list.responseEnd, bytes: list.encodedBodySize, painted: window.__bench.listPainted };
})()`;

/**
 * Drags through the whole list, top to bottom, in SCROLL_STEPS frames (each step jumps
 * about a hundred rows, so every drawn row is new: the worst case of pulling the
 * scrollbar). Returns the longest task seen from the first step until the list settled.
 */
const SCROLL_STEPS = 300;
const SCROLL_THROUGH = `(async () => {
  const scroller = document.querySelector('[data-testid="virtual-scroller"]');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  await frame();
  const started = performance.now();
  const bottom = scroller.scrollHeight - scroller.clientHeight;
  for (let i = 1; i <= ${SCROLL_STEPS}; i++) {
    scroller.scrollTop = (bottom * i) / ${SCROLL_STEPS};
    await frame();
  }
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const rows = scroller.querySelectorAll('[role="row"]');
  const lastRow = Number(rows[rows.length - 1]?.getAttribute('aria-rowindex'));
  const during = window.__bench.longTasks.filter((t) => t.start + t.duration >= started);
  return { lastRow, longest: Math.max(0, ...during.map((t) => t.duration)), count: during.length, tasks: during.map((t) => Math.round(t.start - started) + ":" + Math.round(t.duration)).join(" ") };
})()`;

interface ListRun {
  firstPaint: number;
  longestTask: number;
  /** Main-thread CPU time of the longest task during the scroll, when traced. */
  longestTaskCpu: number | null;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The most CPU any task took on the page's main thread (the renderer thread that ran the
 * most tasks), in ms. Thread time, unlike wall time, does not grow while other processes
 * hold the machine's two cores.
 */
export function longestTaskCpu(events: readonly TraceEvent[]): number {
  const isTask = (e: TraceEvent) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask';
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  let longest = 0;
  let mostTasks = -1;
  for (const thread of mains) {
    const tasks = events.filter((e) => isTask(e) && e.pid === thread.pid && e.tid === thread.tid);
    if (tasks.length <= mostTasks) continue;
    mostTasks = tasks.length;
    longest = Math.max(0, ...tasks.map((e) => (e.tdur ?? e.dur ?? 0) / 1000));
  }
  return longest;
}

async function openList(browser: Browser, url: string, traced = false): Promise<ListRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(`${url}#/partnerships`, { waitUntil: 'commit' });
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
    // A list of 30,000 summaries is megabytes; anything smaller means the probe timed the wrong response.
    if (bytes < 1_000_000)
      throw new Error(`The largest response was ${bytes} bytes: the list did not arrive whole`);
    if (traced) await browser.startTracing(page, { categories: ['toplevel'] });
    const scrolled = (await page.evaluate(SCROLL_THROUGH)) as { lastRow: number; longest: number };
    const trace = traced
      ? (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
      : null;
    // BENCH_DEBUG=1 prints each run's long tasks (start after the first step:duration, in ms).
    if (process.env.BENCH_DEBUG) console.log(scrolled);
    if (scrolled.lastRow !== REGISTRY_SIZE + 1)
      throw new Error(`The scroll ended at row ${scrolled.lastRow}, not the last one`);
    return {
      firstPaint: painted - arrived,
      longestTask: scrolled.longest,
      longestTaskCpu: trace ? longestTaskCpu(trace.traceEvents) : null,
    };
  } finally {
    await context.close();
  }
}

/**
 * `renderer.partnerships-list.30k`: in Debian's Chromium (browser mode, a fresh context
 * each run), from the moment the 30,000-row answer of partnership:list has arrived to the
 * first frame showing the table's first row (parsing, state, React, layout, paint).
 * `renderer.partnerships-list.30k.scroll`: the longest task (Long Tasks API, which
 * reports tasks over 50 ms; none means 0) while scrolling the whole list top to bottom.
 * `renderer.partnerships-list.30k.scroll.cpu`: the same scroll traced (separate runs, as
 * tracing costs time), the longest task's main-thread CPU time: the page's own work,
 * without the waiting a busy machine adds to wall time.
 */
export async function rendererPartnershipsList30k(ctx: BenchContext): Promise<BenchRow[]> {
  const dir = await ctx.scratch('list30k');
  await seedRegistry(dir);
  const backend = await createBackend({ dataDir: dir, transport: 'browser', appVersion: 'bench' });
  const host = await startHost({ backend, rendererDir: ctx.rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const longest: number[] = [];
  try {
    const paint = await measureSelfTimed(
      async () => {
        const run = await openList(browser, host.url);
        longest.push(run.longestTask);
        return run.firstPaint;
      },
      { warmup: 1, runs: 6 },
    );
    const cpu: number[] = [];
    for (let i = 0; i < 3; i++)
      cpu.push((await openList(browser, host.url, true)).longestTaskCpu ?? Number.NaN);
    return [
      row('renderer.partnerships-list.30k', 'ms', paint, 500),
      row('renderer.partnerships-list.30k.scroll', 'ms', stats(longest.slice(1)), 50),
      row('renderer.partnerships-list.30k.scroll.cpu', 'ms', stats(cpu), 50),
    ];
  } finally {
    await browser.close();
    await host.close();
    await backend.close();
  }
}
