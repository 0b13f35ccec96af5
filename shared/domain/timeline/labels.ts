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

// A month's "day month" pattern, by language: Intl formats it once, the day goes in its place.
const dayPatterns = new Map<string, Intl.DateTimeFormatPart[]>();
function dayPattern(lang: string, month: number): Intl.DateTimeFormatPart[] {
  const key = `${lang}|${month}`;
  let parts = dayPatterns.get(key);
  if (!parts) {
    parts = format(lang, { day: 'numeric', month: 'short' }, 'day').formatToParts(utc(2000, month, 1));
    dayPatterns.set(key, parts);
  }
  return parts;
}

/**
 * An item's day within its column: "14 Jun" by year or quarter, "14" by month. The same words
 * as Intl's for that day, without asking Intl for each of the thousands of days a timeline shows.
 */
export function dayInPeriod(iso: string, zoom: Zoom, lang: string): string {
  const d = String(Number(iso.slice(8, 10)));
  if (zoom === 'month') return d;
  let text = '';
  for (const part of dayPattern(lang, Number(iso.slice(5, 7)))) text += part.type === 'day' ? d : part.value;
  return text;
}
