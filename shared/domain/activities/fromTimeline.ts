import type { Partnership, TimelineEntry } from '../partnership';
import type { Activity, ActivityKind } from './activity';

/** The old timeline kinds that were activities; meetings, letters and others stay on the timeline. */
const KIND: Partial<Record<TimelineEntry['kind'], ActivityKind>> = {
  visit: 'officialVisit',
  exchange: 'citizensExchange',
};

/** The fields of a partnership the move reads, so a frozen older shape can be passed as it is. */
type TimelineSource = Pick<Partnership, 'id' | 'languages'> & {
  timeline: readonly Pick<TimelineEntry, 'id' | 'kind' | 'title' | 'date' | 'note'>[];
};

/**
 * The visits and exchanges of a partnership's timeline as activities, for the migration that
 * moves them: one day each (the timeline held one date), held if that day has passed and
 * planned otherwise, the title and note kept word for word. The host was never recorded, so
 * it is left unknown rather than guessed. Ids are derived from the entry, so running the
 * migration twice gives the same activities.
 */
export function activitiesFromTimeline(p: TimelineSource, today: string, migratedAt: string): Activity[] {
  return p.timeline.flatMap((entry): Activity[] => {
    const kind = KIND[entry.kind];
    if (!kind) return [];
    const status = entry.date <= today ? 'held' : 'planned';
    return [
      {
        id: `tl-${entry.id}`.slice(0, 64),
        title: entry.title,
        kind,
        partnershipIds: [p.id],
        host: null,
        venue: { name: '', address: '' },
        startDate: entry.date,
        endDate: entry.date,
        programme: [],
        languages: [...p.languages],
        themes: [],
        organisationIds: [],
        notes: entry.note,
        status,
        statusHistory: [{ status, date: entry.date <= today ? entry.date : today, note: '' }],
        createdAt: migratedAt,
      },
    ];
  });
}

/** Whether a timeline entry becomes an activity (the migration removes exactly these from the timeline). */
export const becomesActivity = (entry: Pick<TimelineEntry, 'kind'>): boolean =>
  KIND[entry.kind] !== undefined;
