import { foldText } from '../../../shared/domain/placeNames';
import type { PersonRef } from '../../../shared/domain/privacy';
import type { StoreData } from '../store/schema';
import { personCollections, type PersonRecord } from './personCollections';

export function allPersons(db: Readonly<StoreData>): PersonRecord[] {
  return personCollections.flatMap((c) => c.list(db));
}

/** People whose name or e-mail contains the text, ignoring case and accents. */
export function findPersons(db: Readonly<StoreData>, text: string): PersonRecord[] {
  const needle = foldText(text.trim());
  return allPersons(db).filter(
    (p) => foldText(p.name).includes(needle) || foldText(p.email).includes(needle),
  );
}

export function recordsOf(db: Readonly<StoreData>, refs: readonly PersonRef[]): PersonRecord[] {
  const wanted = new Set(refs.map((r) => `${r.collection}\u0000${r.id}`));
  return allPersons(db).filter((p) => wanted.has(`${p.collection}\u0000${p.id}`));
}

/** Removes the referenced people from every registered collection; pure. */
export function erasePersons(
  db: Readonly<StoreData>,
  refs: readonly PersonRef[],
): { data: StoreData; erased: number } {
  let data: StoreData = { ...db };
  let erased = 0;
  for (const collection of personCollections) {
    const ids = new Set(refs.filter((r) => r.collection === collection.name).map((r) => r.id));
    if (ids.size === 0) continue;
    erased += collection.list(data).filter((p) => ids.has(p.id)).length;
    data = collection.erase(data, ids);
  }
  return { data, erased };
}
