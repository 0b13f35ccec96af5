import { describe, expect, it } from 'vitest';
import { eventsToIcs } from '../../../../electron/core/activities/calendar';
import { deadlineEvents } from '../../../../electron/core/planning/deadlineEvents';
import { parseIcs } from '../parseIcs';

const words = { internal: 'Internal deadline', funder: "Funder's deadline", funding: 'Funding' };
const deadline = (timeZone: string) => ({
  applicationId: 'app-1',
  title: 'Europe Days 2026',
  programmeName: 'CERV Town-Twinning 2026',
  status: 'drafting' as const,
  internal: '2026-09-09',
  funder: { date: '2026-09-23', time: '17:00', timeZone },
});

function ics(timeZone: string) {
  const events = deadlineEvents([deadline(timeZone)], words, Date.UTC(2026, 4, 9));
  const file = eventsToIcs(events, { lang: 'en', calendarName: 'Committee', now: '2026-05-09T10:00:00Z' });
  if (!file.ok) throw new Error(file.message);
  return parseIcs(file.text).events;
}

describe('funding deadlines in the calendar file', () => {
  it('gives the internal deadline first as a whole day, then the funder’s at 17:00 Brussels written in UTC', () => {
    const [internal, funder] = ics('Europe/Brussels');
    expect(internal?.SUMMARY?.[0]?.value).toBe('Internal deadline: Europe Days 2026');
    expect(internal?.DTSTART?.[0]).toEqual({ params: 'VALUE=DATE', value: '20260909' });
    expect(internal?.DTEND?.[0]).toEqual({ params: 'VALUE=DATE', value: '20260910' });
    expect(funder?.SUMMARY?.[0]?.value).toBe("Funder's deadline: Europe Days 2026 (17:00 Europe/Brussels)");
    expect(funder?.DTSTART?.[0]?.value).toBe('20260923T150000Z');
    expect(funder?.DTEND?.[0]?.value).toBe('20260923T153000Z');
    expect(funder?.UID?.[0]?.value).toBe('deadline-funder-app-1@twinning-desk');
    expect(funder?.DESCRIPTION?.[0]?.value).toBe('CERV Town-Twinning 2026\nEurope Days 2026');
  });

  it('keeps the hour of a zone the platform does not know as a floating local time, never a wrong UTC one', () => {
    const [, funder] = ics('Brussels time');
    expect(funder?.DTSTART?.[0]?.value).toBe('20260923T170000');
    expect(funder?.DTEND?.[0]?.value).toBe('20260923T173000');
  });
});
