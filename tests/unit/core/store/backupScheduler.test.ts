import { describe, expect, it } from 'vitest';
import { BackupScheduler, type Timers } from '../../../../electron/core/store/backupScheduler';

const MIN = 60_000;

/** A clock and timers the test moves by hand. */
function fakeTime(start: Date) {
  let now = start.getTime();
  let seq = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      const id = ++seq;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clear: (id) => void pending.delete(id as number),
  };
  return {
    timers,
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now) {
          pending.delete(id);
          timer.run();
        }
      }
    },
    pendingCount: () => pending.size,
  };
}

function setup(lastSnapshotAt: Date | null = null) {
  const time = fakeTime(new Date('2026-11-20T09:00:00.000Z'));
  const taken: string[] = [];
  const scheduler = new BackupScheduler({
    now: time.now,
    timers: time.timers,
    lastSnapshotAt,
    snapshot: async () => void taken.push(time.now().toISOString()),
    onError: () => undefined,
  });
  return { time, taken, scheduler };
}

describe('periodic backup scheduler', () => {
  it('takes no snapshot while nothing changes', async () => {
    const { time, taken, scheduler } = setup();
    time.advance(120 * MIN);
    await scheduler.idle();
    expect(taken).toEqual([]);
  });

  it('takes a snapshot right after the first change when none was taken recently', async () => {
    const { time, taken, scheduler } = setup();
    scheduler.changed();
    time.advance(0);
    await scheduler.idle();
    expect(taken).toEqual(['2026-11-20T09:00:00.000Z']);
  });

  it('takes at most one snapshot per 15 minutes however many changes happen', async () => {
    const { time, taken, scheduler } = setup();
    for (let minute = 0; minute < 60; minute++) {
      scheduler.changed();
      time.advance(MIN);
      await scheduler.idle();
    }
    expect(taken).toEqual([
      '2026-11-20T09:01:00.000Z',
      '2026-11-20T09:16:00.000Z',
      '2026-11-20T09:31:00.000Z',
      '2026-11-20T09:46:00.000Z',
    ]);
  });

  it('waits out the interval counted from the newest snapshot already on disk', async () => {
    const { time, taken, scheduler } = setup(new Date('2026-11-20T08:50:00.000Z'));
    scheduler.changed();
    time.advance(4 * MIN);
    await scheduler.idle();
    expect(taken).toEqual([]);
    time.advance(1 * MIN);
    await scheduler.idle();
    expect(taken).toEqual(['2026-11-20T09:05:00.000Z']);
  });

  it('cancels a pending snapshot when stopped', async () => {
    const { time, taken, scheduler } = setup(new Date('2026-11-20T08:59:00.000Z'));
    scheduler.changed();
    await scheduler.stop();
    time.advance(30 * MIN);
    expect(taken).toEqual([]);
    expect(time.pendingCount()).toBe(0);
  });
});
