import { describe, expect, it } from 'vitest';
import { expiredBackups } from '../../../../electron/core/store/retention';

const now = new Date('2026-11-20T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const backup = (id: string, createdAt: Date) => ({ id, createdAt });

describe('backup retention', () => {
  it('keeps every snapshot of the last 24 hours', () => {
    const recent = Array.from({ length: 96 }, (_, i) => backup(`r${i}`, hoursAgo(i / 4)));
    expect(expiredBackups(recent, now)).toEqual([]);
  });

  it('keeps only the newest snapshot of each older day', () => {
    const list = [
      backup('keep-a', new Date('2026-11-15T18:00:00.000Z')),
      backup('drop-a', new Date('2026-11-15T09:00:00.000Z')),
      backup('drop-b', new Date('2026-11-15T01:00:00.000Z')),
      backup('keep-b', new Date('2026-11-10T10:00:00.000Z')),
    ];
    expect(
      expiredBackups(list, now, { keepAllFor: 86_400_000, keepDailyFor: 30 * 86_400_000, keepNewest: 0 })
        .map((b) => b.id)
        .sort(),
    ).toEqual(['drop-a', 'drop-b']);
  });

  it('deletes snapshots older than 30 days except the newest few', () => {
    const list = [
      backup('new', hoursAgo(1)),
      backup('old1', hoursAgo(24 * 31)),
      backup('old2', hoursAgo(24 * 40)),
      backup('old3', hoursAgo(24 * 50)),
    ];
    expect(expiredBackups(list, now).map((b) => b.id)).toEqual(['old3']);
  });

  it('keeps the newest three even when all are ancient, so an unused laptop still has backups', () => {
    const list = [1, 2, 3, 4].map((n) => backup(`a${n}`, hoursAgo(24 * 365 + n)));
    expect(expiredBackups(list, now).map((b) => b.id)).toEqual(['a4']);
  });
});
