import type { SyncConflict, SyncResolve } from '../../../shared/domain/sync';
import { AppFailure } from '../../../shared/ipc/errors';
import type { ChangeSet, CollectionName } from '../store/records';
import type { Store } from '../store/store';
import { chosenFields } from './chosenFields';
import { listConflicts } from './conflicts';
import { docId, parseDocId } from './docs';
import { type Mirror, parseRecord } from './mirror';

/** Every conflict, and the guard told of them all (replication may have brought one just now). */
export async function allConflicts(m: Mirror): Promise<SyncConflict[]> {
  const found = await listConflicts(m.db);
  m.conflicted.clear();
  for (const c of found) m.conflicted.add(docId(c.collection as CollectionName, c.id));
  return found;
}

/**
 * A member decided: the chosen version (or the fields merged from several) is written through
 * the record API, the store checking every invariant, and the mirror is fed the result as a
 * revision on the winning branch; then the losing branches are closed, on every laptop after
 * the next sync.
 */
export async function resolveConflict(
  openMirror: () => Promise<Mirror>,
  store: () => Store,
  choice: SyncResolve,
): Promise<SyncConflict[]> {
  const collection = choice.collection as CollectionName;
  if (!parseDocId(`${choice.collection}:${choice.id}`)) {
    throw new AppFailure('NOT_FOUND', `No synced record ${choice.collection}/${choice.id}`);
  }
  const m = await openMirror();
  await m.idle();
  const id = docId(collection, choice.id);
  const [conflict] = await listConflicts(m.db, id);
  if (!conflict) throw new AppFailure('NOT_FOUND', `${choice.collection}/${choice.id} has no conflict`);
  const fields = chosenFields(conflict, choice);
  const record = parseRecord(collection, choice.id, { ...fields, id: choice.id });
  if (!record) {
    throw new AppFailure('VALIDATION', 'The merged record is not valid', [
      { path: ['fields'], code: 'merge_invalid', message: 'These choices do not make a valid record' },
    ]);
  }
  // parseRecord checked it against this collection's storage schema.
  await store().transaction((tx) => tx.adopt(collection, record as never));
  await m.idle();
  await m.db.bulkDocs(conflict.others.map((o) => ({ _id: id, _rev: o.rev, _deleted: true })));
  m.conflicted.delete(id);
  return allConflicts(m);
}

/**
 * Called before every commit: deleting a record that sync holds in conflict is refused, since
 * PouchDB would make the losing version the winner and the record would come back.
 */
export function guardConflictedDeletes(mirror: Mirror | null, changes: ChangeSet): void {
  if (!mirror || mirror.conflicted.size === 0) return;
  for (const change of changes) {
    if (change.op !== 'remove' || !mirror.conflicted.has(docId(change.collection, change.id))) continue;
    throw new AppFailure(
      'SYNC_CONFLICT',
      `${change.collection}/${change.id} has versions in conflict: decide between them before deleting it`,
    );
  }
}
