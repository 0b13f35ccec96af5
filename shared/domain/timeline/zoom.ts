import type { TimelineItem, TimelineRow } from './timeline';

export type Zoom = 'year' | 'quarter' | 'month';
export const ZOOMS: readonly Zoom[] = ['year', 'quarter', 'month'];

const PER_YEAR: Readonly<Record<Zoom, number>> = { year: 1, quarter: 4, month: 12 };

/** One column of the timeline: a year, a quarter (1–4) or a month (1–12) of a year. */
export interface Period {
  index: number;
  year: number;
  /** The quarter or month within the year; 0 for a whole year. */
  part: number;
  key: string;
}

/** The columns from the first year's first period to the last year's last. */
export function periods(fromYear: number, toYear: number, zoom: Zoom): Period[] {
  const n = PER_YEAR[zoom];
  const found: Period[] = [];
  for (let year = fromYear; year <= toYear; year++)
    for (let i = 0; i < n; i++) {
      const part = zoom === 'year' ? 0 : i + 1;
      const key =
        zoom === 'year'
          ? String(year)
          : zoom === 'quarter'
            ? `${year}-Q${part}`
            : `${year}-${String(part).padStart(2, '0')}`;
      found.push({ index: found.length, year, part, key });
    }
  return found;
}

/**
 * The column an item falls in. An item known by its year alone (a plan action) sits in its
 * year's first quarter or month: `yearOnly` tells the screen to say so instead of a day.
 */
export function periodIndex(item: Pick<TimelineItem, 'date' | 'year'>, fromYear: number, zoom: Zoom): number {
  const n = PER_YEAR[zoom];
  const base = (item.year - fromYear) * n;
  if (zoom === 'year' || item.date === null) return base;
  const month = Number(item.date.slice(5, 7));
  return base + (zoom === 'quarter' ? Math.floor((month - 1) / 3) : month - 1);
}

/** A row's items by column: only the columns that hold something are in the map. */
export type Buckets = ReadonlyMap<number, readonly TimelineItem[]>;

export function bucketRow(row: TimelineRow, fromYear: number, toYear: number, zoom: Zoom): Buckets {
  const buckets = new Map<number, TimelineItem[]>();
  for (const item of row.items) {
    if (item.year < fromYear || item.year > toYear) continue;
    const i = periodIndex(item, fromYear, zoom);
    const list = buckets.get(i);
    if (list) list.push(item);
    else buckets.set(i, [item]);
  }
  return buckets;
}

/**
 * The columns to draw for a horizontal scroll position: those in view and `overscan` either
 * side, so scrolling never shows an empty column before the next frame draws it.
 */
export function visibleColumns(
  scrollLeft: number,
  viewportWidth: number,
  columnWidth: number,
  count: number,
  overscan = 2,
): { first: number; last: number } {
  if (count === 0 || columnWidth <= 0) return { first: 0, last: -1 };
  const first = Math.min(
    count - 1,
    Math.max(0, Math.floor(Math.max(0, scrollLeft) / columnWidth) - overscan),
  );
  const last = Math.min(
    count - 1,
    Math.ceil((Math.max(0, scrollLeft) + viewportWidth) / columnWidth) + overscan,
  );
  return { first, last: Math.max(first - 1, last) };
}

/**
 * The rows to draw for a vertical scroll position (`scrollTop` measured from the first row),
 * given each row's top (`offsets`, one more than the rows: the last is the total height):
 * those in view and `overscan` above and below.
 */
export function visibleRows(
  offsets: readonly number[],
  scrollTop: number,
  viewportHeight: number,
  overscan = 2,
): { first: number; last: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, last: -1 };
  // The last row whose top is at or above a point: a binary search, rows being in order.
  const rowAt = (y: number) => {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const top = Math.max(0, scrollTop);
  return {
    first: Math.max(0, rowAt(top) - overscan),
    last: Math.min(count - 1, rowAt(top + Math.max(0, viewportHeight)) + overscan),
  };
}

/** Columns split into printed pages of at most `perPage` each. */
export function pageChunks<T>(columns: readonly T[], perPage: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < columns.length; i += perPage) chunks.push(columns.slice(i, i + perPage));
  return chunks;
}

/** How many columns of each zoom fit an A4 landscape page legibly: whole years per page. */
export const PRINT_COLUMNS: Readonly<Record<Zoom, number>> = { year: 10, quarter: 8, month: 12 };
