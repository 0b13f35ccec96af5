import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statusEvents } from '../../../../electron/core/sync/statusEvents';
import type { SyncStatus } from '../../../../shared/domain/sync';

const status = (over: Partial<SyncStatus> = {}): SyncStatus => ({
  configured: true,
  state: 'idle',
  lastSyncedAt: null,
  pending: 0,
  conflicts: 0,
  unreadable: 0,
  error: null,
  ...over,
});

describe('the sync:changed event', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells a burst of changes once, and a status equal to the last one told not at all', async () => {
    let now = status();
    const compute = vi.fn(async () => now);
    const told: SyncStatus[] = [];
    const events = statusEvents(compute, (s) => told.push(s), { error: () => undefined });
    for (let i = 0; i < 20; i++) events.changed();
    await vi.advanceTimersByTimeAsync(200);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(told).toEqual([now]);
    events.changed();
    await vi.advanceTimersByTimeAsync(200);
    expect(told).toHaveLength(1);
    now = status({ conflicts: 1 });
    events.changed();
    await vi.advanceTimersByTimeAsync(200);
    expect(told.map((s) => s.conflicts)).toEqual([0, 1]);
  });

  it('computes again after a change that came while it was computing, and tells nothing once closed', async () => {
    let release: () => void = () => undefined;
    let answer = status({ state: 'active' });
    const compute = vi.fn(
      () =>
        new Promise<SyncStatus>((resolve) => {
          const given = answer;
          release = () => resolve(given);
        }),
    );
    const told: SyncStatus[] = [];
    const events = statusEvents(compute, (s) => told.push(s), { error: () => undefined });
    events.changed();
    await vi.advanceTimersByTimeAsync(200);
    answer = status({ state: 'idle' });
    events.changed();
    release();
    await vi.advanceTimersByTimeAsync(200);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(told.map((s) => s.state)).toEqual(['active', 'idle']);
    events.close();
    answer = status({ state: 'off' });
    events.changed();
    await vi.advanceTimersByTimeAsync(200);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
