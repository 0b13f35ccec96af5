import type { DateArray, EventAttributes } from 'ics';
import { addDays } from '../../../shared/domain/activities/dates';
import { anniversaries } from '../../../shared/domain/anniversaries';
import { partnershipTitle } from '../../../shared/domain/partnership';
import type { BinaryExportFile } from '../../../shared/domain/importPreview';
import { AppFailure } from '../../../shared/ipc/errors';
import { activityEvents, dayArray, eventsToIcs } from '../activities/calendar';
import { hostTownOf } from '../activities/activityViews';
import type { ServiceContext } from '../context';
import { deadlineEvents, type DeadlineWords } from './deadlineEvents';
import type { FundingDeadline } from '../../../shared/ipc/channels/funding';
import { localIsoDate } from '../today';

type Words = {
  name: string;
  file: string;
  meeting: string;
  due: string;
  years: string;
  task: string;
  milestone: string;
} & DeadlineWords;

/** The calendar's words in the UI language (file names kept to ASCII). */
const WORDS: Readonly<Record<string, Words>> = {
  en: {
    name: 'Twinning committee',
    file: 'twinning-calendar',
    meeting: 'Committee meeting',
    due: 'Due',
    years: '{n} years of the link',
    task: 'Task',
    milestone: 'Milestone',
    internal: 'Internal deadline',
    funder: "Funder's deadline",
    funding: 'Funding',
  },
  ro: {
    name: 'Comitetul de înfrățire',
    file: 'calendar-infratire',
    meeting: 'Ședința comitetului',
    due: 'Termen',
    years: '{n} ani de înfrățire',
    task: 'Sarcină',
    milestone: 'Reper',
    internal: 'Termen intern',
    funder: 'Termenul finanțatorului',
    funding: 'Finanțare',
  },
  fr: {
    name: 'Comité de jumelage',
    file: 'calendrier-jumelage',
    meeting: 'Réunion du comité',
    due: 'Échéance',
    years: '{n} ans du jumelage',
    task: 'Tâche',
    milestone: 'Jalon',
    internal: 'Échéance interne',
    funder: 'Échéance du financeur',
    funding: 'Financements',
  },
  de: {
    name: 'Partnerschaftskomitee',
    file: 'partnerschaftskalender',
    meeting: 'Komiteesitzung',
    due: 'Fällig',
    years: '{n} Jahre Partnerschaft',
    task: 'Aufgabe',
    milestone: 'Meilenstein',
    internal: 'Interne Frist',
    funder: 'Frist des Fördergebers',
    funding: 'Förderung',
  },
};

type Stamped = EventAttributes & { timestamp: number };
const stamped = (e: Stamped): Stamped => e;

const withTime = (day: string, time: string): DateArray => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return [...(dayArray(day) as [number, number, number]), h, m];
};

/** How far ahead anniversaries are written: the plan's three years. */
const ANNIVERSARY_DAYS = 3 * 366;

/**
 * One calendar of what the committee has on: activities, meetings (at their hours, in local
 * time, when they have them), open tasks on their due day, round anniversaries of the
 * links, the plans' milestones set by hand (those with a day), and the funding deadlines (internal first, then the funder's at its hour in its
 * zone). Every event has an end, never a duration; each keeps its UID, so importing the file
 * again updates the events instead of doubling them.
 */
export function teamCalendar(ctx: ServiceContext, fundingDeadlines: () => FundingDeadline[] = () => []) {
  return {
    exportIcs(language: string): BinaryExportFile {
      const data = ctx.store().data;
      const w = WORDS[language] ?? WORDS.en!;
      const now = ctx.now();
      const options = { lang: language, calendarName: w.name, now: now.toISOString() };
      const timestamp = now.getTime();
      const events: EventAttributes[] = activityEvents(
        data.activities.map((activity) => ({ activity, hostTown: hostTownOf(data, activity) })),
        options,
      );
      for (const m of data.meetings) {
        const timed = m.startTime !== '';
        const end =
          m.endTime !== ''
            ? m.endTime
            : `${String(Math.min(23, Number(m.startTime.slice(0, 2)) + 1)).padStart(2, '0')}:${m.startTime.slice(3)}`;
        const local = {
          startInputType: 'local',
          startOutputType: 'local',
          endInputType: 'local',
          endOutputType: 'local',
        } as const;
        const when = timed
          ? { start: withTime(m.date, m.startTime), end: withTime(m.date, end), ...local }
          : { start: dayArray(m.date), end: dayArray(addDays(m.date, 1)) };
        const event: Stamped = {
          uid: `${m.id}@twinning-desk`,
          title: m.title,
          ...when,
          description: m.agenda.map((a, i) => `${i + 1}. ${a.title}`).join('\n'),
          categories: [w.meeting],
          ...(m.place ? { location: m.place } : {}),
          timestamp,
        };
        events.push(event);
      }
      for (const t of data.tasks) {
        if (t.status === 'done' || t.dueDate === null) continue;
        events.push(
          stamped({
            uid: `task-${t.id}@twinning-desk`,
            title: `${w.due}: ${t.title}`,
            start: dayArray(t.dueDate),
            end: dayArray(addDays(t.dueDate, 1)),
            categories: [w.task],
            timestamp,
          }),
        );
      }
      for (const a of anniversaries(data.partnerships, localIsoDate(now), ANNIVERSARY_DAYS)) {
        if (a.date === null) continue;
        events.push(
          stamped({
            uid: `anniversary-${a.partnershipId}-${a.year}@twinning-desk`,
            title: `${a.title}: ${w.years.replace('{n}', String(a.years))}`,
            start: dayArray(a.date),
            end: dayArray(addDays(a.date, 1)),
            timestamp,
          }),
        );
      }
      // The milestones the committee set by hand (round anniversaries are written above, from the signings).
      const linkNames = new Map(data.partnerships.map((p) => [p.id, partnershipTitle(p)]));
      for (const plan of data.plans)
        for (const m of plan.milestones) {
          if (m.kind !== 'custom' || m.date === null) continue;
          events.push(
            stamped({
              uid: `milestone-${m.id}@twinning-desk`,
              title: `${w.milestone}: ${m.title}`,
              start: dayArray(m.date),
              end: dayArray(addDays(m.date, 1)),
              description: linkNames.get(plan.partnershipId) ?? '',
              categories: [w.milestone],
              timestamp,
            }),
          );
        }
      events.push(...deadlineEvents(fundingDeadlines(), w, timestamp));
      const file = eventsToIcs(events, options);
      if (!file.ok) throw new AppFailure('INTERNAL', file.message);
      return {
        fileName: `${w.file}.ics`,
        mimeType: 'text/calendar',
        bytes: new TextEncoder().encode(file.text),
      };
    },
  };
}
