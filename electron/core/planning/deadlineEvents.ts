import type { DateArray, EventAttributes } from 'ics';
import { addDays } from '../../../shared/domain/activities/dates';
import { isTimeZone, zonedToUtc } from '../../../shared/domain/funding/deadlineTime';
import type { FundingDeadline } from '../../../shared/ipc/channels/funding';
import { dayArray } from '../activities/calendar';

export interface DeadlineWords {
  internal: string;
  funder: string;
  funding: string;
}

const utcArray = (d: Date): DateArray => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

/** How long the funder's deadline shows in a calendar: a moment, drawn as a short event from it. */
const FUNDER_EVENT_MS = 30 * 60_000;

/**
 * The funder's hour in UTC; a zone recorded before zones were checked, that the platform
 * does not know, keeps its wall-clock hour as a floating time (the title names the zone).
 */
function funderTimes(f: FundingDeadline['funder']) {
  if (!isTimeZone(f.timeZone)) {
    const [h, m] = f.time.split(':').map(Number) as [number, number];
    const start = [...(dayArray(f.date) as [number, number, number]), h, m] as DateArray;
    const later = new Date(Date.UTC(start[0], start[1] - 1, start[2], h, m) + FUNDER_EVENT_MS);
    const local = {
      startInputType: 'local',
      startOutputType: 'local',
      endInputType: 'local',
      endOutputType: 'local',
    } as const;
    return { start, end: utcArray(later), ...local };
  }
  const at = zonedToUtc(f.date, f.time, f.timeZone);
  const utc = {
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
  } as const;
  return { start: utcArray(at), end: utcArray(new Date(at.getTime() + FUNDER_EVENT_MS)), ...utc };
}

/**
 * Each open application's two deadlines, the internal one first: the internal as an all-day
 * event, the funder's at its hour in its own zone, written in UTC (17:00 Brussels in
 * September is 15:00Z), so every calendar shows it at the right local time.
 */
export function deadlineEvents(
  deadlines: readonly FundingDeadline[],
  w: DeadlineWords,
  timestamp: number,
): EventAttributes[] {
  const events: EventAttributes[] = [];
  for (const d of deadlines) {
    const description = `${d.programmeName}\n${d.title}`;
    if (d.internal) {
      const internal: EventAttributes & { timestamp: number } = {
        uid: `deadline-internal-${d.applicationId}@twinning-desk`,
        title: `${w.internal}: ${d.title}`,
        start: dayArray(d.internal),
        end: dayArray(addDays(d.internal, 1)),
        description,
        categories: [w.funding],
        timestamp,
      };
      events.push(internal);
    }
    const funder: EventAttributes & { timestamp: number } = {
      uid: `deadline-funder-${d.applicationId}@twinning-desk`,
      title: `${w.funder}: ${d.title} (${d.funder.time} ${d.funder.timeZone})`,
      ...funderTimes(d.funder),
      description,
      categories: [w.funding],
      timestamp,
    };
    events.push(funder);
  }
  return events;
}
