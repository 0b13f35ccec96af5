/**
 * A funder's deadline is a wall-clock time in the funder's zone (17:00 Brussels time). The
 * calendar file gives it in UTC, so it lands right in any reader's calendar; the offset comes
 * from the IANA zone table of the platform's Intl, summer time included.
 */

/** Whether the platform knows this IANA time zone ("Europe/Brussels"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in milliseconds (Brussels in summer: +2 h). */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant of a wall-clock day and time ("2026-09-23", "17:00") in a zone. */
export function zonedToUtc(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  // Two passes: the offset at the first guess may differ across a change of summer time.
  let utc = wall - offsetAt(wall, zone);
  utc = wall - offsetAt(utc, zone);
  return new Date(utc);
}
