import { describe, expect, it } from 'vitest';
import { activitiesToIcs } from '../../../../electron/core/activities/calendar';
import { activity } from '../../shared/domain/activities/fixtures';
import { parseIcs } from '../parseIcs';

const visit = activity({
  id: 'act-landshut',
  title: 'Landshut la Sibiu; schimb de tineri, ediția a 3-a',
  startDate: '2027-06-10',
  endDate: '2027-06-14',
  status: 'confirmed',
  programme: [
    {
      date: '2027-06-11',
      items: [{ time: '10:00', title: 'Atelier: livada școlii', place: 'Colegiul Lazăr', note: '' }],
    },
    { date: '2027-06-10', items: [{ time: '18:00', title: 'Cină de bun venit', place: '', note: '' }] },
  ],
});

describe('iCalendar export', () => {
  const file = activitiesToIcs(
    [
      { activity: visit, hostTown: 'Sibiu' },
      {
        activity: activity({
          id: 'act-idea',
          title: 'Concert',
          startDate: '2027-09-05',
          endDate: '2027-09-05',
          status: 'idea',
          venue: { name: '', address: '' },
        }),
        hostTown: '',
      },
    ],
    { lang: 'ro', calendarName: 'Activități', now: '2026-12-03T12:00:00.000Z' },
  );
  if (!file.ok) throw new Error(file.message);
  const { lines, events } = parseIcs(file.text);
  const [first, second] = events;

  it('writes whole days that end the day after the last day, with no duration', () => {
    expect(first?.DTSTART?.[0]).toEqual({ params: 'VALUE=DATE', value: '20270610' });
    expect(first?.DTEND?.[0]).toEqual({ params: 'VALUE=DATE', value: '20270615' });
    expect(second?.DTEND?.[0]?.value).toBe('20270906');
    expect(file.text).not.toMatch(/DURATION/);
  });

  it('gives back the title with its commas and semicolons, and the place', () => {
    expect(first?.SUMMARY?.[0]?.value).toBe(visit.title);
    expect(first?.LOCATION?.[0]?.value).toBe('Casa Tineretului, Str. Mitropoliei 10, Sibiu');
    expect(second?.LOCATION).toBeUndefined();
  });

  it('keeps one UID per activity, so importing the file again updates the event', () => {
    expect(events.map((e) => e.UID?.[0]?.value)).toEqual([
      'act-landshut@twinning-desk',
      'act-idea@twinning-desk',
    ]);
  });

  it('marks an idea as tentative and a confirmed visit as confirmed', () => {
    expect(events.map((e) => e.STATUS?.[0]?.value)).toEqual(['CONFIRMED', 'TENTATIVE']);
  });

  it('describes the programme day by day in the chosen language, in date order', () => {
    expect(first?.DESCRIPTION?.[0]?.value).toBe(
      'Schimb de tineri\nZiua 1, 2027-06-10: 18:00 Cină de bun venit\nZiua 2, 2027-06-11: 10:00 Atelier: livada școlii (Colegiul Lazăr)',
    );
    expect(first?.CATEGORIES?.[0]?.value).toBe('Schimb de tineri,Climă');
  });

  it('dates the file from the clock it is given and names the calendar', () => {
    expect(first?.DTSTAMP?.[0]?.value).toBe('20261203T120000Z');
    expect(lines).toContain('X-WR-CALNAME:Activități');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
  });
});
