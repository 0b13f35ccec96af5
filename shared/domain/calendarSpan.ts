const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS_PER_YEAR = 12;

/** Days from start to end, both counted: 8 to 11 May is 4 days. */
export function daysInclusive(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Whole months from start to end inclusive, and the days left over: 2026-01-01..2026-06-30 is 6 and 0. */
export function monthsInclusive(start: string, end: string): { months: number; days: number } {
  const after = new Date(Date.parse(`${end}T00:00:00Z`) + DAY_MS);
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  let months = (after.getUTCFullYear() - sy) * MONTHS_PER_YEAR + (after.getUTCMonth() + 1 - sm);
  if (after.getUTCDate() < sd) months--;
  const anchor = Date.UTC(sy, sm - 1 + months, sd);
  return { months, days: Math.round((after.getTime() - anchor) / DAY_MS) };
}
