/**
 * Positions by id for each collection array. The store is copy-on-write, so an array is a
 * state: its index is built once, on first use, and handed on to the next array when a
 * commit only replaced or appended records (rebuilding it for 30,000 links on every click
 * would cost more than the click).
 */
const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

export function indexOf(list: readonly { id: string }[]): Map<string, number> {
  let index = positions.get(list);
  if (!index) {
    index = new Map(list.map((r, i) => [r.id, i]));
    positions.set(list, index);
  }
  return index;
}

export function findById<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  const at = indexOf(list).get(id);
  const found = at === undefined ? undefined : list[at];
  // An index handed on from a shorter array may name positions this one lacks.
  return found?.id === id ? found : undefined;
}

/** `after` is `before` with some records replaced and `appended` added at its end. */
export function handOnIndex(
  before: readonly { id: string }[],
  after: readonly { id: string }[],
  appended: readonly string[],
): void {
  const index = positions.get(before);
  if (!index) return;
  let at = before.length;
  for (const id of appended) index.set(id, at++);
  positions.set(after, index);
}
