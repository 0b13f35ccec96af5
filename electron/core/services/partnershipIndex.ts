import type { Activity } from '../../../shared/domain/activities/activity';
import { lastActivityEnds } from '../../../shared/domain/activities/linkActivity';
import type { Partnership } from '../../../shared/domain/partnership';
import { findById } from '../store/recordIndex';
import type { ChangeSet } from '../store/records';
import { foldForSearch, summarize, type PartnershipSummary } from '../../../shared/domain/partnershipSummary';

/**
 * The sorted list summaries of the registry, a derived view. The store is copy-on-write, so a
 * new partnerships array means new data; the view is keyed by the array and carried over to
 * the next one after a commit instead of rebuilt (rebuilding 30,000 summaries after every
 * click took about a second).
 */
export interface IndexedSummary {
  summary: PartnershipSummary;
  /** Folded title: sorting by it is many times faster than Intl.Collator on 30,000 rows. */
  sortKey: string;
  /** Town names, regions and contact names, folded for accent-insensitive search. */
  haystack: string;
}

interface SummaryCache {
  key: string;
  rows: IndexedSummary[];
  /** The activities the rows' last activity and dormancy were computed from. */
  activities: readonly LinkActivity[];
}
type LinkActivity = Pick<Activity, 'id' | 'partnershipIds' | 'endDate' | 'status'>;
const summaries = new WeakMap<readonly Partnership[], SummaryCache>();

/** Each link's latest activity end, per activities array (the store replaces the array on a change). */
const activityEnds = new WeakMap<readonly LinkActivity[], Map<string, string>>();
function endsOf(activities: readonly LinkActivity[]): Map<string, string> {
  let ends = activityEnds.get(activities);
  if (!ends) activityEnds.set(activities, (ends = lastActivityEnds(activities)));
  return ends;
}
const cacheKey = (dormantAfterMonths: number, today: string) => `${today}|${dormantAfterMonths}`;

function haystackOf(p: Partnership): string {
  const parts: string[] = [];
  for (const t of p.partners) {
    parts.push(t.place.name, t.place.region);
    for (const c of t.contacts) parts.push(c.name);
  }
  return foldForSearch(parts.join(' '));
}

function row(
  p: Partnership,
  dormantAfterMonths: number,
  today: string,
  ends: ReadonlyMap<string, string>,
): IndexedSummary {
  const summary = summarize(p, dormantAfterMonths, today, ends.get(p.id) ?? null);
  return { summary, sortKey: foldForSearch(summary.title), haystack: haystackOf(p) };
}

const bySortKey = (a: IndexedSummary, b: IndexedSummary) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.summary.id < b.summary.id ? -1 : 1;

/** Summaries sorted by title; dormancy depends on the day and the threshold, so those key the cache. */
export function sortedSummaries(
  list: readonly Partnership[],
  dormantAfterMonths: number,
  today: string,
  activities: readonly LinkActivity[],
): IndexedSummary[] {
  const key = cacheKey(dormantAfterMonths, today);
  const cached = summaries.get(list);
  if (cached && cached.key === key && cached.activities === activities) return cached.rows;
  const ends = endsOf(activities);
  const rows = list.map((p) => row(p, dormantAfterMonths, today, ends)).sort(bySortKey);
  summaries.set(list, { key, rows, activities });
  return rows;
}

/** Where `item` goes in rows sorted by bySortKey (binary search). */
function insertionPoint(rows: readonly IndexedSummary[], item: IndexedSummary): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bySortKey(rows[mid] as IndexedSummary, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The links whose rows a commit changes: the links written, and those of the activities written. */
function touchedLinks(
  changes: ChangeSet,
  before: readonly LinkActivity[],
  after: readonly LinkActivity[],
): Set<string> {
  const touched = new Set<string>();
  for (const c of changes) {
    if (c.collection === 'partnerships') touched.add(c.id);
    if (c.collection !== 'activities') continue;
    for (const a of [findById(before, c.id), findById(after, c.id)])
      for (const id of a?.partnershipIds ?? []) touched.add(id);
  }
  return touched;
}

/**
 * Moves the view of `before` over to `after`, which differs from it by `changes`: each row
 * the change touched (its link, or an activity of its link) is taken out and put back at its
 * sorted place, so an edit costs a copy of the row list, not a sort of 30,000 titles.
 */
export function carryViews(
  views: {
    before: readonly Partnership[];
    after: readonly Partnership[];
    activitiesBefore: readonly LinkActivity[];
    activitiesAfter: readonly LinkActivity[];
  },
  changes: ChangeSet,
): void {
  const { before, after, activitiesBefore, activitiesAfter } = views;
  const cached = summaries.get(before);
  if (!cached || cached.activities !== activitiesBefore) return;
  if (before === after && activitiesBefore === activitiesAfter) return;
  const touched = touchedLinks(changes, activitiesBefore, activitiesAfter);
  if (touched.size === 0) {
    summaries.set(after, { ...cached, activities: activitiesAfter });
    return;
  }
  const [today, months] = cached.key.split('|') as [string, string];
  const rows =
    touched.size > 64 ? cached.rows.filter((r) => !touched.has(r.summary.id)) : cached.rows.slice();
  if (touched.size <= 64) {
    for (const id of touched) {
      const at = rows.findIndex((r) => r.summary.id === id);
      if (at >= 0) rows.splice(at, 1);
    }
  }
  const ends = endsOf(activitiesAfter);
  for (const id of touched) {
    const record = findById(after, id);
    if (!record) continue;
    const next = row(record, Number(months), today, ends);
    rows.splice(insertionPoint(rows, next), 0, next);
  }
  summaries.set(after, { key: cached.key, rows, activities: activitiesAfter });
}
