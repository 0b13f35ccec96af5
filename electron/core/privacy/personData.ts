import { foldText } from '../../../shared/domain/placeNames';
import type { PersonRef } from '../../../shared/domain/privacy';
import type { StoreData } from '../store/schema';
import { runTransaction, type Tx } from '../store/transaction';
import { personCollections, type PersonRecord, type PersonSource } from './personCollections';

export function allPersons(db: PersonSource): PersonRecord[] {
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

/** Removes the referenced people from every registered collection, inside a transaction. */
export function erasePersonsIn(tx: Tx, refs: readonly PersonRef[]): number {
  let erased = 0;
  for (const collection of personCollections) {
    const ids = new Set(refs.filter((r) => r.collection === collection.name).map((r) => r.id));
    if (ids.size === 0) continue;
    erased += collection.list(snapshotOf(tx)).filter((p) => ids.has(p.id)).length;
    collection.erase(tx, ids);
  }
  return erased;
}

/** The same on a store that is not open (a backup): pure, returns the data without them. */
export function erasePersons(
  db: Readonly<StoreData>,
  refs: readonly PersonRef[],
  now: Date,
): { data: StoreData; erased: number } {
  const done = runTransaction(db, (tx) => erasePersonsIn(tx, refs), {
    now,
    // Erasure never creates records; an id asked for here is a bug.
    newId: () => {
      throw new Error('Erasure creates nothing');
    },
  });
  // A copy of the store keeps no tombstone of an erased person either: not even the id.
  const ids = new Set(refs.map((r) => r.id));
  return {
    data: { ...done.data, tombstones: done.data.tombstones.filter((t) => !ids.has(t.id)) },
    erased: done.value,
  };
}

/** The collections holding people as the transaction sees them. */
function snapshotOf(tx: Tx): PersonSource {
  return {
    members: tx.all('members'),
    partnerships: tx.all('partnerships'),
    agreements: tx.all('agreements'),
    participants: tx.all('participants'),
    activities: tx.all('activities'),
    households: tx.all('households'),
  };
}
