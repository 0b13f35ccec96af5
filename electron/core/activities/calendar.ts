import { createEvents, type DateArray, type EventAttributes } from 'ics';
import {
  sortedProgramme,
  type Activity,
  type ActivityStatus,
} from '../../../shared/domain/activities/activity';
import { addDays, daysBetween } from '../../../shared/domain/activities/dates';
import { documentWords, fill } from '../../../shared/domain/activities/documents/words';
import { endsWithTown } from '../../../shared/domain/placeNames';

export interface CalendarEntry {
  activity: Activity;
  /** The host town's name as the committee writes it ("Sibiu"); '' when not yet known. */
  hostTown: string;
}

export interface CalendarOptions {
  /** The language of the categories and the programme lines. */
  lang: string;
  calendarName: string;
  /** When the file is made (ISO timestamp); the calendar's DTSTAMP. */
  now: string;
}

export type CalendarFile = { ok: true; text: string } | { ok: false; message: string };

export const dayArray = (iso: string): DateArray => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

// Calendar apps know only these three; ideas and plans are not yet certain.
const STATUS: Readonly<Record<ActivityStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'>> = {
  idea: 'TENTATIVE',
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  held: 'CONFIRMED',
  reported: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

function description(a: Activity, lang: string): string {
  const words = documentWords(lang);
  const lines = [words.kinds[a.kind]];
  sortedProgramme(a.programme).forEach((day) => {
    const n = daysBetween(a.startDate, day.date) + 1;
    const items = day.items.map((i) =>
      [i.time, i.title, i.place ? `(${i.place})` : ''].filter(Boolean).join(' '),
    );
    lines.push(`${fill(words.day, { n })}, ${day.date}: ${items.join('; ') || words.freeDay}`);
  });
  if (a.notes) lines.push('', a.notes);
  return lines.join('\n');
}

/**
 * The activities as one iCalendar file. Whole days with an exclusive end (RFC 5545: an
 * all-day event ends on the day after its last day), never a duration, which the `ics`
 * package would write as an invalid "P3DT". The UID stays with the activity, so a calendar
 * that imports the file again updates the event instead of doubling it.
 */
export function activitiesToIcs(entries: readonly CalendarEntry[], options: CalendarOptions): CalendarFile {
  return eventsToIcs(activityEvents(entries, options), options);
}

/** The activities' events, to join with others in one calendar (the team's calendar). */
export function activityEvents(
  entries: readonly CalendarEntry[],
  options: CalendarOptions,
): EventAttributes[] {
  const words = documentWords(options.lang);
  const stamp = Date.parse(options.now);
  return entries.map(({ activity: a, hostTown }) => {
    // An address ending with the town names it already: the town is not said twice.
    const town = endsWithTown(a.venue.address, hostTown) ? '' : hostTown;
    const location = [a.venue.name, a.venue.address, town].filter((s) => s.trim() !== '').join(', ');
    const event: EventAttributes & { timestamp: number } = {
      uid: `${a.id}@twinning-desk`,
      title: a.title,
      start: dayArray(a.startDate),
      end: dayArray(addDays(a.endDate, 1)),
      description: description(a, options.lang),
      status: STATUS[a.status],
      categories: [words.kinds[a.kind], ...a.themes.map((t) => words.themes[t.theme])],
      productId: 'Twinning Desk',
      timestamp: stamp,
      ...(location ? { location } : {}),
    };
    return event;
  });
}

/** Events as one iCalendar file. */
export function eventsToIcs(events: EventAttributes[], options: CalendarOptions): CalendarFile {
  const { error, value } = createEvents(events, {
    productId: 'Twinning Desk',
    calName: options.calendarName,
  });
  if (error || value === null)
    return { ok: false, message: error?.message ?? 'The calendar could not be written.' };
  return { ok: true, text: value };
}
