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

/** Moves the view of `before` over to `after`, which differs from it by the partnership `changes`. */
export function carryViews(
  before: readonly Partnership[],
  after: readonly Partnership[],
  changes: ChangeSet,
): void {
  const cached = summaries.get(before);
  if (!cached || before === after) return;
  const touched = new Set(changes.filter((c) => c.collection === 'partnerships').map((c) => c.id));
  const [today, months] = cached.key.split('|') as [string, string];
  const rows = cached.rows.filter((r) => !touched.has(r.summary.id));
  for (const id of touched) {
    const record = findById(after, id);
    if (record) rows.push(row(record, Number(months), today));
  }
  // Nearly sorted input: the engine's TimSort finishes in about one pass.
  summaries.set(after, { key: cached.key, rows: rows.sort(bySortKey) });
}
