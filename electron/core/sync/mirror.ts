import { AppFailure } from '../../../shared/ipc/errors';
import { findById } from '../store/recordIndex';
import type { ChangeSet, CollectionName } from '../store/records';
import { StoredRecords, type StoreData } from '../store/schema';
import type { Store } from '../store/store';
import type { Tx } from '../store/transaction';
import {
  docId,
  fieldsOf,
  isRecordDoc,
  isSynced,
  parseDocId,
  sameFields,
  SYNCED,
  toDoc,
  type Fields,
} from './docs';
import type { PouchDatabase, PouchDoc } from './pouch';

type AnyRecord = { id: string; rev: number; updatedAt: string };
/** A document's store revision once a transaction commits (null: the record was removed). */
type Note = [string, number | null];
type Winner = { doc: PouchDoc; deleted: false } | { rev: string; deleted: true } | null;

/**
 * The local mirror: one PouchDB document per synced record, fed from the store's change sets,
 * and the store fed back from the mirror when replication brings something new. Both run in
 * one queue, and the store's revision each document last matched is remembered, so a remote
 * version is never written over a local edit the mirror has not seen yet (that edit becomes a
 * revision of its own and, if it collided, a conflict), and nothing is echoed back and forth.
 */
export class Mirror {
  private queue: Promise<unknown> = Promise.resolve();
  /** Per document: the store revision of the record the mirror's winner was last made from or into. */
  private readonly known = new Map<string, number>();
  private readonly pending = new Set<string>();
  private applying = false;
  /** Documents whose winner has other versions kept beside it (kept up to date on every read of winners). */
  readonly conflicted = new Set<string>();
  /** Documents that did not pass the storage schema (an unknown newer format): kept in the mirror, not written. */
  readonly rejected = new Set<string>();

  constructor(
    readonly db: PouchDatabase,
    private readonly store: () => Store,
    private readonly onError: (error: unknown) => void,
  ) {}

  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run, run);
    this.queue = result.catch((error: unknown) => this.onError(error));
    return result;
  }

  /** Waits for everything queued so far. */
  async idle(): Promise<void> {
    for (;;) {
      const at = this.queue;
      await at;
      if (at === this.queue && !this.applying) return;
    }
  }

  private async winners(ids: readonly string[]): Promise<Map<string, Winner>> {
    const found = new Map<string, Winner>();
    if (ids.length === 0) return found;
    const { rows } = await this.db.allDocs({ keys: [...ids], include_docs: true, conflicts: true });
    for (const row of rows) {
      if (!row.value) found.set(row.id, null);
      else if (row.value.deleted) found.set(row.id, { rev: row.value.rev, deleted: true });
      else if (row.doc) found.set(row.id, { doc: row.doc, deleted: false });
      const doc = row.value && !row.value.deleted ? row.doc : null;
      if (doc?._conflicts && doc._conflicts.length > 0) this.conflicted.add(row.id);
      else this.conflicted.delete(row.id);
    }
    return found;
  }

  /** After a commit: the records it wrote or removed become the mirror's next revisions. */
  feed(after: StoreData, changes: ChangeSet): Promise<void> {
    const synced = changes.filter((c) => isSynced(c.collection));
    if (synced.length === 0) return Promise.resolve();
    return this.enqueue(() =>
      this.write(
        after,
        synced.map((c) => ({ collection: c.collection, id: c.id })),
      ),
    );
  }

  /** At start: every synced record and tombstone of the store, against what the mirror holds. */
  reconcile(data: StoreData): Promise<void> {
    return this.enqueue(async () => {
      const refs = SYNCED.flatMap((collection) =>
        (data[collection] as readonly AnyRecord[]).map((r) => ({ collection, id: r.id })),
      );
      const gone = data.tombstones.filter((t) => isSynced(t.collection));
      await this.write(data, [...refs, ...gone.map((t) => ({ collection: t.collection, id: t.id }))]);
      const { rows } = await this.db.allDocs({});
      for (const row of rows) if (parseDocId(row.id)) this.pending.add(row.id);
    }).then(() => this.schedule());
  }

  private async write(data: StoreData, refs: readonly { collection: CollectionName; id: string }[]) {
    const ids = refs.map((r) => docId(r.collection, r.id));
    const winners = await this.winners(ids);
    const docs: PouchDoc[] = [];
    refs.forEach((ref, i) => {
      const id = ids[i] as string;
      const winner = winners.get(id) ?? null;
      const record = findById(data[ref.collection] as readonly AnyRecord[], ref.id);
      if (record) {
        this.known.set(id, record.rev);
        if (
          winner &&
          !winner.deleted &&
          isRecordDoc(winner.doc) &&
          sameFields(winner.doc.fields, fieldsOf(record))
        )
          return;
        docs.push(toDoc(ref.collection, record, winner?.deleted === false ? winner.doc._rev : undefined));
      } else {
        this.known.delete(id);
        if (winner && !winner.deleted) docs.push({ _id: id, _rev: winner.doc._rev, _deleted: true });
      }
    });
    if (docs.length === 0) return;
    const results = await this.db.bulkDocs(docs);
    const failed = results.filter((r) => r.error);
    if (failed.length > 0)
      throw new Error(`The mirror refused ${failed.length} document(s): ${failed[0]?.reason}`);
  }

  /** Replication wrote these documents into the mirror: bring the store up to date with them. */
  changed(ids: readonly string[]): void {
    for (const id of ids) if (parseDocId(id)) this.pending.add(id);
    for (const id of this.deferred) this.pending.add(id);
    this.deferred.clear();
    this.schedule();
  }

  private schedule(): void {
    if (this.applying || this.pending.size === 0) return;
    this.applying = true;
    void this.enqueue(async () => {
      try {
        while (this.pending.size > 0) {
          const ids = [...this.pending];
          this.pending.clear();
          await this.apply(ids);
        }
      } finally {
        this.applying = false;
      }
    });
  }

  private async apply(ids: readonly string[]): Promise<void> {
    const winners = await this.winners(ids);
    const steps: { id: string; run: (tx: Tx, notes: Note[]) => void }[] = [];
    for (const id of ids) {
      const ref = parseDocId(id);
      const winner = winners.get(id) ?? null;
      if (!ref || !winner) continue;
      const step = this.stepFor(id, ref.collection, ref.id, winner);
      if (step) steps.push({ id, run: step });
    }
    if (steps.length === 0) return;
    const commit = async (batch: typeof steps) => {
      const notes: Note[] = [];
      await this.store().transaction((tx) => batch.forEach((s) => s.run(tx, notes)));
      // Only what was committed counts as known.
      for (const [id, rev] of notes) {
        if (rev === null) this.known.delete(id);
        else this.known.set(id, rev);
      }
    };
    try {
      await commit(steps);
    } catch {
      // One record that cannot go in yet (a charter before its partnership arrived, a
      // stale revision) must not hold back the others: apply them one by one and keep the
      // refused ones for the next round.
      for (const step of steps) {
        try {
          await commit([step]);
        } catch (error) {
          if (!(error instanceof AppFailure && error.error.code === 'INVARIANT')) this.onError(error);
          this.deferred.add(step.id);
        }
      }
    }
    // What was refused may fit now that the rest is in.
    if (this.deferred.size > 0 && this.deferred.size < steps.length) {
      for (const id of this.deferred) this.pending.add(id);
      this.deferred.clear();
    }
  }

  /** Refused for now (it names a record that has not arrived); tried again on the next change. */
  readonly deferred = new Set<string>();

  private stepFor(
    id: string,
    collection: CollectionName,
    recordId: string,
    winner: Winner,
  ): ((tx: Tx, notes: Note[]) => void) | null {
    const known = this.known.get(id);
    return (tx, notes) => {
      const current = tx.get(collection, recordId) as AnyRecord | undefined;
      // A local edit the mirror has not been fed yet wins here: it will become a revision.
      if (current ? current.rev !== known : known !== undefined) return;
      if (!winner || winner.deleted) {
        if (current) {
          tx.remove(collection, recordId);
          notes.push([id, null]);
        }
        return;
      }
      const doc = winner.doc;
      if (!isRecordDoc(doc) || doc.collection !== collection) {
        this.rejected.add(id);
        return;
      }
      if (current && sameFields(fieldsOf(current), doc.fields)) return;
      const record = parseRecord(collection, recordId, doc.fields);
      if (!record) {
        this.rejected.add(id);
        return;
      }
      this.rejected.delete(id);
      // parseRecord checked it against this collection's storage schema.
      const written = tx.adopt(collection, record as never) as AnyRecord;
      notes.push([id, written.rev]);
    };
  }
}

/** A replica's fields as a record of ours, checked against the storage schema so the store always reopens. */
export function parseRecord(
  collection: CollectionName,
  id: string,
  fields: Fields,
): Record<string, unknown> | null {
  const candidate = { ...fields, id, rev: 1, updatedAt: new Date(0).toISOString() };
  const parsed = StoredRecords[collection].safeParse(candidate);
  if (!parsed.success) return null;
  const { rev: _rev, updatedAt: _at, ...record } = parsed.data as Record<string, unknown>;
  return record;
}
