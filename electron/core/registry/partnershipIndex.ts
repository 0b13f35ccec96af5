import type { Activity } from '../../../shared/domain/activities/activity';
import { lastActivityDays } from '../../../shared/domain/activities/signOfLife';
import { partnershipTitle, type Partnership } from '../../../shared/domain/partnership';
import { findById } from '../store/recordIndex';
import type { ChangeSet } from '../store/records';
import { foldForSearch, summarize, type PartnershipSummary } from '../../../shared/domain/partnershipSummary';

/**
 * The sorted list summaries of the registry, a derived view. The store is copy-on-write, so a
 * new partnerships array means new data; the view is keyed by the array and carried over to
 * the next one after a commit instead of rebuilt (rebuilding 30,000 summaries after every
 * click took about a second). A link's last activity also counts its activities, which live
 * in their own collection, so the view remembers the activities it was built from.
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
  activities: readonly Activity[];
  rows: IndexedSummary[];
}

/** What the view is built from: the links and the activities that keep them alive. */
export interface RegistrySource {
  partnerships: readonly Partnership[];
  activities: readonly Activity[];
}
const summaries = new WeakMap<readonly Partnership[], SummaryCache>();
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
  activityDays: ReadonlyMap<string, string>,
): IndexedSummary {
  const summary = summarize(p, dormantAfterMonths, today, activityDays.get(p.id) ?? null);
  return { summary, sortKey: foldForSearch(summary.title), haystack: haystackOf(p) };
}

const bySortKey = (a: IndexedSummary, b: IndexedSummary) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.summary.id < b.summary.id ? -1 : 1;

/** Summaries sorted by title; dormancy depends on the day and the threshold, so those key the cache. */
export function sortedSummaries(
  source: RegistrySource,
  dormantAfterMonths: number,
  today: string,
): IndexedSummary[] {
  const { partnerships: list, activities } = source;
  const key = cacheKey(dormantAfterMonths, today);
  const cached = summaries.get(list);
  if (cached && cached.key === key && cached.activities === activities) return cached.rows;
  const days = lastActivityDays(activities);
  const rows = list.map((p) => row(p, dormantAfterMonths, today, days)).sort(bySortKey);
  summaries.set(list, { key, activities, rows });
  return rows;
}

/** The links a commit's activity changes touch: those the activity belonged to before or after. */
function linksOfActivities(before: RegistrySource, after: RegistrySource, changes: ChangeSet): string[] {
  const ids: string[] = [];
  for (const c of changes) {
    if (c.collection !== 'activities') continue;
    for (const side of [before.activities, after.activities]) {
      const a = findById(side, c.id);
      if (a) ids.push(...a.partnershipIds);
    }
  }
  return ids;
}

type SortProbe = { sortKey: string; summary: { id: string } };

const bySortKeyProbe = (a: SortProbe, b: SortProbe) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.summary.id < b.summary.id ? -1 : 1;

/** Where `item` goes in rows sorted by bySortKey (binary search). */
function insertionPoint(rows: readonly IndexedSummary[], item: SortProbe): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bySortKeyProbe(rows[mid] as IndexedSummary, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the row of link `id` sits: found by its sort key (a binary search) from the record it
 * was built from, so an edit in 30,000 links does not scan them all; a scan only if the
 * record is not at hand.
 */
function rowIndex(rows: readonly IndexedSummary[], was: Partnership | undefined, id: string): number {
  if (was) {
    const probe = { sortKey: foldForSearch(partnershipTitle(was)), summary: { id } } as const;
    const at = insertionPoint(rows, probe);
    if (rows[at]?.summary.id === id) return at;
  }
  return rows.findIndex((r) => r.summary.id === id);
}

/**
 * Moves the view of `before` over to `after`, which differs from it by `changes`: each
 * touched row (a link changed, or one of its activities) is taken out and put back at its
 * sorted place, so an edit costs a copy of the row list, not a sort of 30,000 titles.
 */
export function carryViews(beforeData: RegistrySource, afterData: RegistrySource, changes: ChangeSet): void {
  const before = beforeData.partnerships;
  const after = afterData.partnerships;
  const cached = summaries.get(before);
  if (!cached || cached.activities !== beforeData.activities) return;
  if (before === after && beforeData.activities === afterData.activities) return;
  const touched = new Set(changes.filter((c) => c.collection === 'partnerships').map((c) => c.id));
  for (const id of linksOfActivities(beforeData, afterData, changes)) touched.add(id);
  if (touched.size === 0) {
    summaries.set(after, { ...cached, activities: afterData.activities });
    return;
  }
  const [today, months] = cached.key.split('|') as [string, string];
  const rows =
    touched.size > 64 ? cached.rows.filter((r) => !touched.has(r.summary.id)) : cached.rows.slice();
  if (touched.size <= 64) {
    for (const id of touched) {
      const at = rowIndex(rows, findById(before, id), id);
      if (at >= 0) rows.splice(at, 1);
    }
  }
  const days = lastActivityDays(afterData.activities);
  for (const id of touched) {
    const record = findById(after, id);
    if (!record) continue;
    const next = row(record, Number(months), today, days);
    rows.splice(insertionPoint(rows, next), 0, next);
  }
  summaries.set(after, { key: cached.key, activities: afterData.activities, rows });
}
