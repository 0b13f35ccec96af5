import type { MatchQuality } from '../../../../shared/domain/place';
import { foldName } from '../../../../shared/domain/placeNames';
import { OFFSET_SPAN } from './format';
import { nameOf, spellingAt, type PlaceColumns } from './readPlaces';

export interface SearchOptions {
  query: string;
  limit: number;
  country?: string | undefined;
}

export interface RawMatch {
  row: number;
  /** Slot of the spelling that matched: 0 name, 1 ASCII name, 2… alternate names. */
  slot: number;
  quality: MatchQuality;
}

const QUALITIES: readonly MatchQuality[] = ['exact', 'prefix', 'token'];
const OWN_NAME_SLOTS = 2;

const variantOf = (entry: number) => Math.floor(entry / OFFSET_SPAN);
const offsetOf = (entry: number) => entry % OFFSET_SPAN;

/** Compares the key of `entry` from its word offset with `prefix`, as far as the prefix goes. */
function comparePrefix(c: PlaceColumns, entry: number, prefix: string): number {
  const key = c.variantKey[variantOf(entry)] ?? '';
  const offset = offsetOf(entry);
  for (let i = 0; i < prefix.length; i++) {
    const a = key.charCodeAt(offset + i); // NaN past the end: the key is shorter, so it sorts first
    const b = prefix.charCodeAt(i);
    if (Number.isNaN(a)) return -1;
    if (a !== b) return a - b;
  }
  return 0;
}

/** First position in the order whose key is not below the prefix. */
function lowerBound(c: PlaceColumns, prefix: string): number {
  let lo = 0;
  let hi = c.order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comparePrefix(c, c.order[mid] ?? 0, prefix) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function wordsMatch(key: string, queryWords: readonly string[]): boolean {
  const words = key.split(' ');
  // Plain loops: this runs for every candidate of a several-word query.
  for (const q of queryWords) {
    let found = false;
    for (const w of words) if (w.startsWith(q)) found = true;
    if (!found) return false;
  }
  return true;
}

/**
 * Per-place scratch space reused by every search (searches run one at a time on the event
 * loop): typed arrays instead of a Map keep a short query with thousands of candidates cheap.
 */
interface Scratch {
  rank: Int8Array;
  variant: Int32Array;
  touched: Int32Array;
}
const scratchSpace = new WeakMap<PlaceColumns, Scratch>();

function scratchFor(c: PlaceColumns): Scratch {
  let scratch = scratchSpace.get(c);
  if (!scratch) {
    scratch = {
      rank: new Int8Array(c.size).fill(-1),
      variant: new Int32Array(c.size),
      touched: new Int32Array(c.size),
    };
    scratchSpace.set(c, scratch);
  }
  return scratch;
}

/** Match rank of a variant's key, lower is better: quality * 2 + 1 for an alternate name; -1 for none. */
function rankOf(
  c: PlaceColumns,
  variant: number,
  query: string,
  words: readonly string[],
  startsAWord: boolean,
): number {
  const key = c.variantKey[variant] ?? '';
  let quality = 2;
  if (key === query) quality = 0;
  else if (key.startsWith(query)) quality = 1;
  // An entry found in the range of a one-word query already has a word starting with it.
  else if (!(startsAWord && words.length === 1) && !wordsMatch(key, words)) return -1;
  return quality * 2 + ((c.variantSlot[variant] ?? 0) >= OWN_NAME_SLOTS ? 1 : 0);
}

/**
 * Places whose name or alternate name matches the query, ignoring case and accents: the whole
 * name (exact), its beginning (prefix), or the beginnings of its words in any order (token).
 * Ranked by quality, then population, then own name before alternate name, then name. A
 * one-letter query finds only places with that one-letter name (Å in Norway, Y in France).
 */
export function searchPlaces(c: PlaceColumns, options: SearchOptions): RawMatch[] {
  const query = foldName(options.query);
  if (query === '') return [];
  const words = query.split(' ');
  const lead = words.reduce((a, b) => (b.length > a.length ? b : a));
  const country = options.country === undefined ? -1 : c.meta.countries.indexOf(options.country);
  if (country === -1 && options.country !== undefined) return [];
  const scratch = scratchFor(c);
  let touched = 0;

  for (let i = lowerBound(c, lead); i < c.order.length; i++) {
    const entry = c.order[i] ?? 0;
    if (comparePrefix(c, entry, lead) !== 0) break;
    const variant = variantOf(entry);
    if (query.length === 1) {
      // One-letter words sort first in the letter's range; only whole names of one letter count.
      if ((c.variantKey[variant] ?? '').length - offsetOf(entry) > 1) break;
      if (c.variantKey[variant] !== query) continue;
    }
    const row = c.variantPlace[variant] ?? 0;
    if (country !== -1 && c.country[row] !== country) continue;
    const rank = rankOf(c, variant, query, words, true);
    if (rank < 0) continue;
    const current = scratch.rank[row] ?? -1;
    if (current === -1) scratch.touched[touched++] = row;
    if (current === -1 || rank < current) {
      scratch.rank[row] = rank;
      scratch.variant[row] = variant;
    }
  }
  const typed = options.query.trim().toLowerCase();
  const top = topRows(c, scratch, touched, options.limit);
  const matches = top.map((row) => {
    const rank = scratch.rank[row] ?? 0;
    const found = scratch.variant[row] ?? 0;
    const shown = rank % 2 === 1 ? spelledAsTyped(c, row, found, rank, query, words, typed) : found;
    return { row, slot: c.variantSlot[shown] ?? 0, quality: QUALITIES[rank >> 1] ?? 'token' };
  });
  for (let i = 0; i < touched; i++) scratch.rank[scratch.touched[i] ?? 0] = -1;
  return matches;
}

/**
 * Of a place's alternate names that match equally well, the one spelled as typed ("Pressburg"
 * rather than "Preßburg"). A place's variants are numbered consecutively, so they sit around `found`.
 */
function spelledAsTyped(
  c: PlaceColumns,
  row: number,
  found: number,
  rank: number,
  query: string,
  words: readonly string[],
  typed: string,
): number {
  let first = found;
  while (first > 0 && c.variantPlace[first - 1] === row) first--;
  for (let v = first; v < c.variantKey.length && c.variantPlace[v] === row; v++) {
    if (rankOf(c, v, query, words, false) !== rank) continue;
    if (
      spellingAt(c, row, c.variantSlot[v] ?? 0)
        .toLowerCase()
        .startsWith(typed)
    )
      return v;
  }
  return found;
}

function compare(c: PlaceColumns, rank: Int8Array, a: number, b: number): number {
  const ra = rank[a] ?? 0;
  const rb = rank[b] ?? 0;
  const quality = (ra >> 1) - (rb >> 1);
  if (quality !== 0) return quality;
  const population = (c.population[b] ?? 0) - (c.population[a] ?? 0);
  if (population !== 0) return population;
  if (ra !== rb) return ra - rb;
  return nameOf(c, a).localeCompare(nameOf(c, b)) || a - b;
}

/** The `limit` best candidates, kept in order as they come: a short query has thousands. */
function topRows(c: PlaceColumns, scratch: Scratch, count: number, limit: number): number[] {
  const top: number[] = [];
  for (let t = 0; t < count; t++) {
    const row = scratch.touched[t] ?? 0;
    if (top.length === limit && compare(c, scratch.rank, row, top[limit - 1] ?? 0) >= 0) continue;
    let i = Math.min(top.length, limit - 1);
    while (i > 0 && compare(c, scratch.rank, row, top[i - 1] ?? 0) < 0) i--;
    top.splice(i, 0, row);
    if (top.length > limit) top.pop();
  }
  return top;
}
