import { describe, expect, it } from 'vitest';
import { expiredBackups } from '../../../../electron/core/store/retention';

const now = new Date('2026-11-20T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const backup = (id: string, createdAt: Date) => ({ id, createdAt });

describe('backup retention', () => {
  it('keeps every snapshot of the last 24 hours', async () => {
    const recent = Array.from({ length: 96 }, (_, i) => backup(`r${i}`, hoursAgo(i / 4)));
    expect(await expiredBackups(recent, now)).toEqual([]);
  });

  it('keeps only the newest snapshot of each older day', async () => {
    const list = [
      backup('keep-a', new Date('2026-11-15T18:00:00.000Z')),
      backup('drop-a', new Date('2026-11-15T09:00:00.000Z')),
      backup('drop-b', new Date('2026-11-15T01:00:00.000Z')),
      backup('keep-b', new Date('2026-11-10T10:00:00.000Z')),
    ];
    expect(
      (
        await expiredBackups(list, now, undefined, {
          keepAllFor: 86_400_000,
          keepDailyFor: 30 * 86_400_000,
          keepNewest: 0,
        })
      )
        .map((b) => b.id)
        .sort(),
    ).toEqual(['drop-a', 'drop-b']);
  });

  it('deletes snapshots older than 30 days except the newest few', async () => {
    const list = [
      backup('new', hoursAgo(1)),
      backup('old1', hoursAgo(24 * 31)),
      backup('old2', hoursAgo(24 * 40)),
      backup('old3', hoursAgo(24 * 50)),
    ];
    expect((await expiredBackups(list, now)).map((b) => b.id)).toEqual(['old3']);
  });

  it('keeps the newest three even when all are ancient, so an unused laptop still has backups', async () => {
    const list = [1, 2, 3, 4].map((n) => backup(`a${n}`, hoursAgo(24 * 365 + n)));
    expect((await expiredBackups(list, now)).map((b) => b.id)).toEqual(['a4']);
  });

  it('keeps the newest three snapshots that can be restored, whatever damaged ones are newer', async () => {
    const list = [
      backup('damaged1', hoursAgo(24 * 40)),
      backup('damaged2', hoursAgo(24 * 41)),
      backup('damaged3', hoursAgo(24 * 42)),
      backup('good1', hoursAgo(24 * 50)),
      backup('good2', hoursAgo(24 * 51)),
      backup('good3', hoursAgo(24 * 52)),
      backup('good4', hoursAgo(24 * 53)),
    ];
    const expired = await expiredBackups(list, now, (b) => b.id.startsWith('good'));
    expect(expired.map((b) => b.id).sort()).toEqual(['damaged1', 'damaged2', 'damaged3', 'good4']);
  });

  it('keeps a good snapshot of an older day when a damaged one of that day is newer', async () => {
    const list = [
      backup('damaged', new Date('2026-11-15T18:00:00.000Z')),
      backup('good', new Date('2026-11-15T09:00:00.000Z')),
    ];
    const expired = await expiredBackups(list, now, (b) => b.id === 'good', {
      keepAllFor: 86_400_000,
      keepDailyFor: 30 * 86_400_000,
      keepNewest: 0,
    });
    expect(expired.map((b) => b.id)).toEqual(['damaged']);
  });
});
