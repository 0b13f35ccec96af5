import type { Partnership } from '../../../shared/domain/partnership';
import { foldForSearch, summarize, type PartnershipSummary } from '../../../shared/domain/partnershipSummary';

/**
 * Derived views of the registry, rebuilt only when the partnerships array changes. The
 * store is copy-on-write, so a new array means new data and the old views can be dropped.
 */
const positions = new WeakMap<readonly Partnership[], Map<string, number>>();

export function positionOf(list: readonly Partnership[], id: string): number | undefined {
  let index = positions.get(list);
  if (!index) {
    index = new Map(list.map((p, i) => [p.id, i]));
    positions.set(list, index);
  }
  return index.get(id);
}

export interface IndexedSummary {
  summary: PartnershipSummary;
  /** Town names, regions and contact names, folded for accent-insensitive search. */
  haystack: string;
}

interface SummaryCache {
  key: string;
  rows: IndexedSummary[];
}
const summaries = new WeakMap<readonly Partnership[], SummaryCache>();
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function haystackOf(p: Partnership): string {
  const parts: string[] = [];
  for (const t of p.partners) {
    parts.push(t.place.name, t.place.region);
    for (const c of t.contacts) parts.push(c.name);
  }
  return foldForSearch(parts.join(' '));
}

/** Summaries sorted by title; dormancy depends on the day and the threshold, so those key the cache. */
export function sortedSummaries(list: readonly Partnership[], dormantAfterMonths: number, today: string): IndexedSummary[] {
  const key = `${today}|${dormantAfterMonths}`;
  const cached = summaries.get(list);
  if (cached && cached.key === key) return cached.rows;
  const rows = list.map((p) => ({ summary: summarize(p, dormantAfterMonths, today), haystack: haystackOf(p) }));
  rows.sort((a, b) => collator.compare(a.summary.title, b.summary.title));
  summaries.set(list, { key, rows });
  return rows;
}
