import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../../../shared/domain/timeline/timeline';
import {
  bucketRow,
  pageChunks,
  periodIndex,
  periods,
  visibleColumns,
  visibleRows,
} from '../../../../../shared/domain/timeline/zoom';

const item = (key: string, date: string | null, year: number): TimelineItem => ({
  key,
  kind: date ? 'activity' : 'action',
  title: key,
  date,
  year,
  until: null,
  detail: '',
  target: { to: 'activity', id: key },
});

describe('zooming the timeline', () => {
  it('gives a column per year, quarter or month of the span', () => {
    expect(periods(2025, 2026, 'year').map((p) => p.key)).toEqual(['2025', '2026']);
    expect(periods(2025, 2026, 'quarter')).toHaveLength(8);
    expect(
      periods(2026, 2026, 'month')
        .map((p) => p.key)
        .slice(0, 2),
    ).toEqual(['2026-01', '2026-02']);
    expect(periods(2025, 2026, 'quarter')[5]).toMatchObject({ year: 2026, part: 2, key: '2026-Q2' });
  });

  it('puts a day in its year, quarter or month, and an item known by its year in the year’s first column', () => {
    const june = item('june', '2026-06-14', 2026);
    expect(periodIndex(june, 2025, 'year')).toBe(1);
    expect(periodIndex(june, 2025, 'quarter')).toBe(5);
    expect(periodIndex(june, 2025, 'month')).toBe(17);
    expect(periodIndex(item('plan', null, 2026), 2025, 'month')).toBe(12);
  });

  it('groups a row’s items by column, keeping only columns that hold something', () => {
    const row = {
      partnershipId: 'p1',
      title: 'Landshut',
      items: [
        item('a', '2026-01-05', 2026),
        item('b', '2026-03-30', 2026),
        item('c', '2026-04-01', 2026),
        item('old', '2019-01-01', 2019),
      ],
    };
    const byQuarter = bucketRow(row, 2026, 2026, 'quarter');
    expect([...byQuarter.keys()]).toEqual([0, 1]);
    expect(byQuarter.get(0)!.map((i) => i.key)).toEqual(['a', 'b']);
    expect(bucketRow(row, 2026, 2026, 'year').get(0)).toHaveLength(3);
  });

  it('draws only the columns in view and a few either side', () => {
    expect(visibleColumns(0, 500, 100, 360)).toEqual({ first: 0, last: 7 });
    expect(visibleColumns(10_000, 500, 100, 360)).toEqual({ first: 98, last: 107 });
    expect(visibleColumns(99_999, 500, 100, 360).last).toBe(359);
    expect(visibleColumns(0, 500, 100, 0)).toEqual({ first: 0, last: -1 });
  });

  it('draws only the rows in view and two above and below, whatever their heights', () => {
    // Ten rows of 90 px, then ten of 30 px.
    const offsets = [0];
    for (let i = 0; i < 20; i++) offsets.push(offsets.at(-1)! + (i < 10 ? 90 : 30));
    expect(visibleRows(offsets, 0, 200)).toEqual({ first: 0, last: 4 });
    expect(visibleRows(offsets, 450, 180)).toEqual({ first: 3, last: 9 });
    expect(visibleRows(offsets, 905, 100)).toEqual({ first: 8, last: 15 });
    expect(visibleRows(offsets, 100_000, 500)).toEqual({ first: 17, last: 19 });
    expect(visibleRows([0], 0, 500)).toEqual({ first: 0, last: -1 });
  });

  it('splits the printed columns into pages', () => {
    expect(pageChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
