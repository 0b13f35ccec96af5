import { OFFSET_SPAN, wordOffsets, type PlaceRecord } from '../../electron/core/data/places/format';
import { foldName } from '../../shared/domain/placeNames';

export interface SearchTables {
  keys: string[];
  /** Per variant, the index of its spelling in [name, asciiName, ...alternateNames]. */
  slots: number[];
  /** Per place, how many variants it has. */
  counts: number[];
  /** variant * OFFSET_SPAN + offset, sorted by the key from that offset. */
  order: number[];
}

/** The variants of every place (one per distinct search key) and the sorted word-start order. */
export function buildSearchTables(records: readonly PlaceRecord[]): SearchTables {
  const keys: string[] = [];
  const slots: number[] = [];
  const counts = records.map((record) => {
    const seen = new Set<string>();
    [record.name, record.asciiName, ...record.alternateNames].forEach((spelling, slot) => {
      const key = foldName(spelling);
      if (key === '' || seen.has(key)) return;
      seen.add(key);
      keys.push(key);
      slots.push(slot);
    });
    return seen.size;
  });
  const entries: number[] = [];
  const suffixes: string[] = [];
  keys.forEach((key, variant) => {
    for (const offset of wordOffsets(key)) {
      entries.push(variant * OFFSET_SPAN + offset);
      suffixes.push(key.slice(offset));
    }
  });
  // JS string order, as the runtime's binary search compares; ties by entry for a stable file.
  const positions = entries.map((_, i) => i);
  positions.sort((a, b) => {
    const sa = suffixes[a] ?? '';
    const sb = suffixes[b] ?? '';
    return sa < sb ? -1 : sa > sb ? 1 : (entries[a] ?? 0) - (entries[b] ?? 0);
  });
  return { keys, slots, counts, order: positions.map((i) => entries[i] ?? 0) };
}

export function uint32Bytes(values: readonly number[]): Buffer {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => bytes.writeUInt32LE(value, i * 4));
  return bytes;
}
