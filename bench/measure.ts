import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One line of bench/results.json (`on`, the statistic judged against the target, is only printed). */
export interface BenchRow {
  name: string;
  unit: 'ms' | 'ratio';
  median: number;
  p95: number;
  target: number;
  ok: boolean;
  on: 'median' | 'p95';
}

/** What every row function gets: the repository root, the built renderer, and a scratch folder. */
export interface BenchContext {
  root: string;
  rendererDir: string;
  /** A fresh folder on the same disk as a user's data folder would be; removed after the run. */
  scratch(prefix: string): Promise<string>;
}

export type RowFunction = (ctx: BenchContext) => Promise<BenchRow[]>;

export interface Stats {
  median: number;
  p95: number;
  samples: number[];
}

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
}

/** Nearest-rank percentile of an unsorted list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function stats(samples: number[]): Stats {
  return { median: percentile(samples, 50), p95: percentile(samples, 95), samples };
}

/** Times `fn` (ms) after a warm-up; runs are sequential so they never compete with each other. */
export async function measure(
  fn: () => unknown,
  { warmup = 5, runs = 30 }: MeasureOptions = {},
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

/** Like measure(), for work that needs untimed set-up: `fn` returns the milliseconds it measured itself. */
export async function measureSelfTimed(
  fn: () => Promise<number>,
  { warmup = 2, runs = 10 }: MeasureOptions = {},
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await fn());
  return stats(samples);
}

/**
 * Times `subject` and `baseline` alternately on every run, so that the noise of a shared
 * machine hits both alike, and returns both timings and their per-run ratio.
 */
export async function measurePair(
  subject: () => unknown,
  baseline: () => unknown,
  { warmup = 3, runs = 20 }: MeasureOptions = {},
): Promise<{ subject: Stats; baseline: Stats; ratio: Stats }> {
  const time = async (fn: () => unknown) => {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  };
  for (let i = 0; i < warmup; i++) await Promise.resolve(subject()).then(() => baseline());
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await time(subject));
    b.push(await time(baseline));
  }
  return { subject: stats(a), baseline: stats(b), ratio: stats(a.map((x, i) => x / (b[i] ?? Number.NaN))) };
}

/** A row judged on its p95 (`on: 'p95'`) or its median, against an upper bound. */
export function row(
  name: string,
  unit: BenchRow['unit'],
  s: Stats,
  target: number,
  on: 'median' | 'p95' = 'median',
): BenchRow {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { name, unit, median: round(s.median), p95: round(s.p95), target, ok: s[on] <= target, on };
}

export async function withScratch<T>(run: (scratch: BenchContext['scratch']) => Promise<T>): Promise<T> {
  const made: string[] = [];
  const scratch = async (prefix: string) => {
    const dir = await mkdtemp(join(tmpdir(), `twinning-bench-${prefix}-`));
    made.push(dir);
    return dir;
  };
  try {
    return await run(scratch);
  } finally {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
