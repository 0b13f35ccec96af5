import type { Activity } from '../../../shared/domain/activities/activity';
import { partnershipTitle } from '../../../shared/domain/partnership';
import { foldText } from '../../../shared/domain/placeNames';
import type { ActivityFilter, ActivityView } from '../../../shared/ipc/channels/activities';
import type { RecordMeta } from '../store/records';
import type { StoreData } from '../store/schema';
import { findById } from '../store/recordIndex';

type StoredActivity = Activity & RecordMeta;

/** The host town's name: the committee's own town, or a partner town of one of its links. */
export function hostTownOf(db: Readonly<StoreData>, a: Pick<Activity, 'host' | 'partnershipIds'>): string {
  if (a.host === null) return '';
  if (a.host === 'home') return db.municipality[0]?.name ?? '';
  for (const id of a.partnershipIds) {
    const town = findById(db.partnerships, id)?.partners.find((t) => t.id === a.host);
    if (town) return town.place.name;
  }
  return '';
}

/** The stored record with what the window shows beside it, named from the current store. */
export function viewOf(
  db: Readonly<StoreData>,
  a: StoredActivity,
  counts: ReadonlyMap<string, number> = participantCounts(db),
): ActivityView {
  const links = a.partnershipIds.flatMap((id) => {
    const p = findById(db.partnerships, id);
    return p ? [{ id, title: partnershipTitle(p) }] : [];
  });
  return { ...a, links, hostTown: hostTownOf(db, a), participants: counts.get(a.id) ?? 0 };
}

/** Participants per activity, counted once for a whole list. */
export function participantCounts(db: Readonly<StoreData>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of db.participants) counts.set(p.activityId, (counts.get(p.activityId) ?? 0) + 1);
  return counts;
}

/** Whether an activity passes the list's filters; dates keep what overlaps the span. */
export function matchesFilter(a: Activity, filter: ActivityFilter, words: readonly string[]): boolean {
  if (filter.status && a.status !== filter.status) return false;
  if (filter.kind && a.kind !== filter.kind) return false;
  if (filter.partnershipId && !a.partnershipIds.includes(filter.partnershipId)) return false;
  if (filter.from && a.endDate < filter.from) return false;
  if (filter.to && a.startDate > filter.to) return false;
  if (filter.ids && !filter.ids.includes(a.id)) return false;
  if (words.length === 0) return true;
  const haystack = foldText([a.title, a.venue.name, a.venue.address, a.notes].join(' '));
  return words.every((w) => haystack.includes(w));
}

export const searchWords = (text: string | undefined): string[] =>
  foldText(text ?? '')
    .split(/\s+/)
    .filter(Boolean);

/** Soonest first, then by title, so the list and the calendar read in the same order. */
export const byStart = (x: Activity, y: Activity): number =>
  x.startDate < y.startDate ? -1 : x.startDate > y.startDate ? 1 : x.title.localeCompare(y.title);
