import type { SyncConflict, SyncVersion } from '../../../shared/domain/sync';
import { differingFields, isRecordDoc, parseDocId, sameFields } from './docs';
import type { PouchDatabase, PouchDoc } from './pouch';

const versionOf = (doc: PouchDoc): SyncVersion | null =>
  isRecordDoc(doc) && doc._rev ? { rev: doc._rev, writtenAt: doc.writtenAt, fields: doc.fields } : null;

/**
 * Every record with more than one live version, read from the mirror: the winner replication
 * chose (the same on every laptop) and the others, field by field. A losing copy identical to
 * the winner (the same edit made twice, or a mirror saved before a crash and fed again) is not
 * a conflict: it is removed, since nothing is lost with it.
 */
export async function listConflicts(db: PouchDatabase, only?: string): Promise<SyncConflict[]> {
  const { rows } = only
    ? await db.allDocs({ keys: [only], include_docs: true, conflicts: true })
    : await db.allDocs({ include_docs: true, conflicts: true });
  const withConflicts = rows.flatMap((row) =>
    row.doc && row.doc._conflicts && row.doc._conflicts.length > 0 ? [row.doc] : [],
  );
  if (withConflicts.length === 0) return [];
  const losing = await db.bulkGet({
    docs: withConflicts.flatMap((doc) => (doc._conflicts ?? []).map((rev) => ({ id: doc._id, rev }))),
  });
  const losersById = new Map<string, PouchDoc[]>();
  for (const result of losing.results) {
    const docs = result.docs.flatMap((entry) => ('ok' in entry ? [entry.ok] : []));
    losersById.set(result.id, [...(losersById.get(result.id) ?? []), ...docs]);
  }
  const conflicts: SyncConflict[] = [];
  const identical: PouchDoc[] = [];
  for (const doc of withConflicts) {
    const ref = parseDocId(doc._id);
    const winner = versionOf(doc);
    if (!ref || !winner) continue;
    const others: SyncVersion[] = [];
    for (const loser of losersById.get(doc._id) ?? []) {
      const version = versionOf(loser);
      if (version && sameFields(version.fields, winner.fields)) {
        identical.push({ _id: doc._id, _rev: version.rev, _deleted: true });
      } else if (version) others.push(version);
    }
    if (others.length === 0) continue;
    conflicts.push({
      collection: ref.collection,
      id: ref.id,
      winner,
      others,
      differing: differingFields([winner.fields, ...others.map((o) => o.fields)]),
    });
  }
  if (identical.length > 0) await db.bulkDocs(identical);
  return conflicts;
}
