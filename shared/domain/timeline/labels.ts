import type { Period, Zoom } from './zoom';

// Letters between European towns write English dates the British way: 14 Jun.
const locale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);
const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: string, options: Intl.DateTimeFormatOptions, id: string): Intl.DateTimeFormat {
  const key = `${lang}|${id}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));

/** A column's heading: "2026", "Q2 2026" (the quarter word given), "Jun 2026". */
export function periodLabel(period: Period, zoom: Zoom, lang: string, quarter: string): string {
  if (zoom === 'year') return String(period.year);
  if (zoom === 'quarter')
    return quarter.replace('{n}', String(period.part)).replace('{year}', String(period.year));
  return format(lang, { month: 'short', year: 'numeric' }, 'month').format(utc(period.year, period.part));
}

/** An item's day within its column: "14 Jun" by year or quarter, "14" by month. */
export function dayInPeriod(iso: string, zoom: Zoom, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (zoom === 'month') return String(d);
  return format(lang, { day: 'numeric', month: 'short' }, 'day').format(utc(y, m, d));
}
