import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { judgeLock, type LockOwner } from '../../../../electron/core/store/lockFile';
import { compareBoots } from '../../../../electron/core/store/processIdentity';

// Outside Linux a boot is named by its boot time to the minute ("now minus uptime"), and two
// readings of the same boot can differ: the rounding falls either way, the clock is set.
const minute = (n: number) => `boot-at-minute-${n}`;
const BOOT = 29_000_000;

/** A lock written by a process that runs now (this one), on this computer, in the given boot. */
const liveLock = (boot: string): LockOwner => ({
  pid: process.pid,
  host: hostname(),
  since: '2026-12-04T09:00:00.000Z',
  boot,
});

describe('telling whether a lock was written in this boot', () => {
  it('counts boot times up to two minutes apart as the same boot', () => {
    expect(compareBoots(minute(BOOT), minute(BOOT))).toBe('same');
    expect(compareBoots(minute(BOOT), minute(BOOT + 1))).toBe('same');
    expect(compareBoots(minute(BOOT), minute(BOOT - 2))).toBe('same');
  });

  it('calls boot times of the same day that do not match near, and a day or more apart another boot', () => {
    expect(compareBoots(minute(BOOT), minute(BOOT + 3))).toBe('near');
    expect(compareBoots(minute(BOOT), minute(BOOT - 23 * 60))).toBe('near');
    expect(compareBoots(minute(BOOT), minute(BOOT + 24 * 60 + 1))).toBe('different');
  });

  it('takes Linux boot ids as they are: equal or another boot', () => {
    const id = '5f0c1e2a-8d7b-4c3e-9a10-1b2c3d4e5f60';
    expect(compareBoots(id, id)).toBe('same');
    expect(compareBoots(id, '00000000-8d7b-4c3e-9a10-1b2c3d4e5f60')).toBe('different');
    expect(compareBoots(id, minute(BOOT))).toBe('different');
  });
});

describe('a lock of an app that is still running, outside Linux', () => {
  it('is never taken over when this boot time reads a minute or two off the one in the lock', () => {
    expect(judgeLock(liveLock(minute(BOOT)), minute(BOOT + 1))).toBe('held');
    expect(judgeLock(liveLock(minute(BOOT)), minute(BOOT - 2))).toBe('held');
  });

  it('is offered to the secretary to decide, not taken, when the boot times are hours apart', () => {
    expect(judgeLock(liveLock(minute(BOOT)), minute(BOOT + 90))).toBe('uncertain');
  });

  it('is taken over when it was written days before this boot, since its PID may now be anyone', () => {
    expect(judgeLock(liveLock(minute(BOOT)), minute(BOOT + 3 * 24 * 60))).toBeNull();
  });
});
