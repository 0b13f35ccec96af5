import { describe, expect, it } from 'vitest';
import { FILTER_QUERIES, keystrokes } from '../../../bench/rows/partnerships';
import { longestTaskCpu } from '../../../bench/rows/partnershipsList';
import { registryStore } from '../../../bench/rows/registryStore';
import { StorageV8 } from '../../../electron/core/store/schema';

describe('the registry bench rows', () => {
  it('type a word one keystroke at a time, from the first letter to the whole word', () => {
    expect(keystrokes('Sibiu')).toEqual(['S', 'Si', 'Sib', 'Sibi', 'Sibiu']);
    expect(keystrokes('')).toEqual([]);
  });

  it('open a store the app itself would accept, the same on every run', () => {
    const store = registryStore(300);
    expect(StorageV8.safeParse(store).success).toBe(true);
    expect(store.partnerships).toHaveLength(300);
    expect(JSON.stringify(registryStore(300))).toBe(JSON.stringify(store));
  });

  it('filter with queries that all fit the channel and include single letters matching most links', () => {
    const texts = FILTER_QUERIES.map((q) => q.text);
    expect(texts).toContain('S');
    expect(texts.every((t) => t.length > 0 && t.length <= 200)).toBe(true);
  });
});

describe('longestTaskCpu', () => {
  const thread = (pid: number, tid: number, name: string) => ({
    name: 'thread_name',
    ph: 'M',
    pid,
    tid,
    args: { name },
  });
  const task = (pid: number, tid: number, dur: number, tdur?: number) => ({
    name: 'ThreadControllerImpl::RunTask',
    ph: 'X',
    pid,
    tid,
    dur,
    tdur,
  });

  it("reads the CPU time of the longest task on the page's main thread, in ms", () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(1, 2, 'Compositor'),
      task(1, 1, 90_000, 21_000),
      task(1, 1, 30_000, 25_000),
      task(1, 2, 500_000, 400_000),
    ];
    expect(longestTaskCpu(events)).toBe(25);
  });

  it('picks the renderer that ran the most tasks (the page, not a blank helper page)', () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(2, 1, 'CrRendererMain'),
      task(1, 1, 80_000, 80_000),
      task(2, 1, 5_000, 4_000),
      task(2, 1, 6_000, 3_000),
    ];
    expect(longestTaskCpu(events)).toBe(4);
  });
});
