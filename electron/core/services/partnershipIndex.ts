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

function row(p: Partnership, dormantAfterMonths: number, today: string): IndexedSummary {
  const summary = summarize(p, dormantAfterMonths, today);
  return { summary, sortKey: foldForSearch(summary.title), haystack: haystackOf(p) };
}

const bySortKey = (a: IndexedSummary, b: IndexedSummary) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.summary.id < b.summary.id ? -1 : 1;

/** Summaries sorted by title; dormancy depends on the day and the threshold, so those key the cache. */
export function sortedSummaries(
  list: readonly Partnership[],
  dormantAfterMonths: number,
  today: string,
): IndexedSummary[] {
  const key = cacheKey(dormantAfterMonths, today);
  const cached = summaries.get(list);
  if (cached && cached.key === key) return cached.rows;
  const rows = list.map((p) => row(p, dormantAfterMonths, today)).sort(bySortKey);
  summaries.set(list, { key, rows });
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

/**
 * Moves the view of `before` over to `after`, which differs from it by the partnership
 * `changes`: each touched row is taken out and put back at its sorted place, so an edit
 * costs a copy of the row list, not a sort of 30,000 titles.
 */
export function carryViews(
  before: readonly Partnership[],
  after: readonly Partnership[],
  changes: ChangeSet,
): void {
  const cached = summaries.get(before);
  if (!cached || before === after) return;
  const touched = new Set(changes.filter((c) => c.collection === 'partnerships').map((c) => c.id));
  if (touched.size === 0) {
    summaries.set(after, cached);
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
  for (const id of touched) {
    const record = findById(after, id);
    if (!record) continue;
    const next = row(record, Number(months), today);
    rows.splice(insertionPoint(rows, next), 0, next);
  }
  summaries.set(after, { key: cached.key, rows });
}
