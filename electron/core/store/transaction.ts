import { AppFailure } from '../../../shared/ipc/errors';
import { findById, handOnIndex, indexOf } from './recordIndex';
import {
  COLLECTIONS,
  SINGLETON_ID,
  type ChangeSet,
  type CollectionName,
  type FieldsOf,
  type RecordOf,
  type Tombstone,
  type Writable,
} from './records';
import type { StoreData } from './schema';

type AnyRecord = { id: string; rev: number; updatedAt: string };

/** What a transaction may do; every read sees its own writes, every write is checked on commit. */
export interface Tx {
  readonly now: Date;
  get<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined;
  all<C extends CollectionName>(collection: C): readonly RecordOf<C>[];
  /** A new record; the core mints its id. */
  insert<C extends CollectionName>(collection: C, fields: FieldsOf<C>): RecordOf<C>;
  /** Replaces a record that exists (or a singleton); `baseRev` is the revision the caller saw. */
  put<C extends CollectionName>(collection: C, record: Writable<C>, baseRev?: number): RecordOf<C>;
  patch<C extends CollectionName>(
    collection: C,
    id: string,
    patch: Partial<FieldsOf<C>>,
    baseRev?: number,
  ): RecordOf<C>;
  /**
   * Writes a record that another replica made, under its own id: replaces it if it exists, or
   * creates it with that id (sync only; everything else inserts, and the core mints the id).
   */
  adopt<C extends CollectionName>(collection: C, record: Writable<C>): RecordOf<C>;
  /** Deletes a record, leaving a tombstone. */
  remove(collection: CollectionName, id: string, baseRev?: number): void;
  /** A fresh id for a nested item (a contact, a signing); unique across the store like record ids. */
  newId(): string;
}

/** One journalled operation: the whole record written, or the tombstone left. */
export type Op =
  { op: 'put'; c: CollectionName; r: AnyRecord } | { op: 'remove'; c: CollectionName; t: Tombstone };

export interface Committed<T> {
  value: T;
  data: StoreData;
  ops: Op[];
  changes: ChangeSet;
}

const isSingleton = (c: CollectionName): c is keyof typeof SINGLETON_ID => c in SINGLETON_ID;

export function notFound(collection: CollectionName, id: string): AppFailure {
  return new AppFailure('NOT_FOUND', `No record ${id} in ${collection}`);
}

function conflict(collection: CollectionName, id: string, rev: number, baseRev: number): AppFailure {
  return new AppFailure(
    'CONFLICT',
    `${collection}/${id} was changed elsewhere (revision ${rev}, this edit was based on ${baseRev})`,
  );
}

/** Pending writes of one collection: a record, or null for a removal. */
type Overlay = Map<string, AnyRecord | null>;

/**
 * Runs `work` against `data` and returns the next state, without touching `data`. Pure apart
 * from the id source, so the store, the journal replay and the erasure of old backups all
 * apply changes in exactly one way.
 */
export function runTransaction<T>(
  data: Readonly<StoreData>,
  work: (tx: Tx) => T,
  env: { now: Date; newId: () => string },
): Committed<T> {
  const overlays = new Map<CollectionName, Overlay>();
  const tombstones: Tombstone[] = [];
  const stamp = env.now.toISOString();
  const list = (c: CollectionName): readonly AnyRecord[] => data[c];
  const overlay = (c: CollectionName) => {
    let o = overlays.get(c);
    if (!o) overlays.set(c, (o = new Map()));
    return o;
  };
  const committed = (c: CollectionName, id: string) => findById(list(c), id);
  const current = (c: CollectionName, id: string): AnyRecord | undefined => {
    const o = overlays.get(c);
    if (o?.has(id)) return o.get(id) ?? undefined;
    return committed(c, id);
  };
  const nextRev = (c: CollectionName, id: string) => (committed(c, id)?.rev ?? 0) + 1;
  // A record deleted here and made again by a replica goes on from its tombstone's revision.
  const tombstoneRev = (id: string) =>
    data.tombstones.reduce((max, t) => (t.id === id && t.rev > max ? t.rev : max), 0);
  const checkBase = (c: CollectionName, record: AnyRecord, baseRev: number | undefined) => {
    if (baseRev !== undefined && record.rev !== baseRev) throw conflict(c, record.id, record.rev, baseRev);
  };
  const write = (c: CollectionName, record: AnyRecord) => {
    overlay(c).set(record.id, record);
    return record;
  };

  const tx: Tx = {
    now: env.now,
    newId: env.newId,
    get: (c, id) => current(c, id) as RecordOf<typeof c> | undefined,
    all: (c) => {
      const o = overlays.get(c);
      return (o ? build(list(c), o).list : list(c)) as readonly RecordOf<typeof c>[];
    },
    insert: (c, fields) => {
      if (isSingleton(c)) throw new Error(`${c} is a singleton: put it under its fixed id`);
      const id = env.newId();
      if (COLLECTIONS.some((other) => current(other, id))) throw new Error(`Id ${id} is already in use`);
      return write(c, { ...fields, id, rev: 1, updatedAt: stamp }) as RecordOf<typeof c>;
    },
    put: (c, record, baseRev) => {
      const existing = current(c, record.id);
      if (existing) checkBase(c, existing, baseRev);
      else if (!isSingleton(c) || SINGLETON_ID[c] !== record.id) throw notFound(c, record.id);
      const next = { ...record, rev: nextRev(c, record.id), updatedAt: stamp };
      return write(c, next) as RecordOf<typeof c>;
    },
    adopt: (c, record) => {
      if (isSingleton(c) && SINGLETON_ID[c] !== record.id) throw notFound(c, record.id);
      if (!current(c, record.id) && COLLECTIONS.some((other) => other !== c && current(other, record.id))) {
        throw new Error(`Id ${record.id} is already in use`);
      }
      const rev = Math.max(nextRev(c, record.id), tombstoneRev(record.id) + 1);
      return write(c, { ...record, rev, updatedAt: stamp }) as RecordOf<typeof c>;
    },
    patch: (c, id, patch, baseRev) => {
      const existing = current(c, id);
      if (!existing) throw notFound(c, id);
      checkBase(c, existing, baseRev);
      // A field given as undefined is not part of the patch (optional inputs arrive that way).
      const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      return write(c, {
        ...existing,
        ...given,
        id,
        rev: nextRev(c, id),
        updatedAt: stamp,
      }) as RecordOf<typeof c>;
    },
    remove: (c, id, baseRev) => {
      const existing = current(c, id);
      if (!existing) throw notFound(c, id);
      checkBase(c, existing, baseRev);
      if (committed(c, id)) overlay(c).set(id, null);
      else overlay(c).delete(id);
    },
  };

  const value = work(tx);
  const ops: Op[] = [];
  const changes: ChangeSet = [];
  for (const [c, o] of overlays) {
    for (const [id, record] of o) {
      if (record) {
        ops.push({ op: 'put', c, r: record });
        changes.push({ collection: c, id, rev: record.rev, op: 'put' });
      } else {
        const t: Tombstone = { id, collection: c, rev: nextRev(c, id), deletedAt: stamp };
        tombstones.push(t);
        ops.push({ op: 'remove', c, t });
        changes.push({ collection: c, id, rev: t.rev, op: 'remove' });
      }
    }
  }
  if (changes.length === 0) return { value, data: data as StoreData, ops, changes };
  return { value, data: applyOverlays(data, overlays, tombstones, data.revision + 1), ops, changes };
}

/** Applies journalled operations (one entry or many, in order) to a state. */
export function applyOps(data: Readonly<StoreData>, ops: readonly Op[], revision: number): StoreData {
  const overlays = new Map<CollectionName, Overlay>();
  const tombstones: Tombstone[] = [];
  for (const op of ops) {
    let o = overlays.get(op.c);
    if (!o) overlays.set(op.c, (o = new Map()));
    if (op.op === 'put') o.set(op.r.id, op.r);
    else {
      o.set(op.t.id, null);
      tombstones.push(op.t);
    }
  }
  return applyOverlays(data, overlays, tombstones, revision);
}

function applyOverlays(
  data: Readonly<StoreData>,
  overlays: ReadonlyMap<CollectionName, Overlay>,
  tombstones: readonly Tombstone[],
  revision: number,
): StoreData {
  const lists: Partial<Record<CollectionName, AnyRecord[]>> = {};
  for (const [c, o] of overlays) {
    const before: readonly AnyRecord[] = data[c];
    const built = build(before, o);
    if (built.appendedOnly) handOnIndex(before, built.list, built.appended);
    lists[c] = built.list;
  }
  // Each list holds the records its collection was given (validated when they were written).
  const next = { ...data, ...lists, revision } as StoreData;
  if (tombstones.length > 0) next.tombstones = [...data.tombstones, ...tombstones];
  return next;
}

function build(before: readonly AnyRecord[], o: Overlay) {
  const index = indexOf(before);
  const list: (AnyRecord | null)[] = before.slice();
  const appended: string[] = [];
  let removed = false;
  for (const [id, record] of o) {
    const at = index.get(id);
    if (at !== undefined && before[at]?.id === id) {
      list[at] = record;
      if (!record) removed = true;
    } else if (record) {
      list.push(record);
      appended.push(id);
    }
  }
  return {
    list: (removed ? list.filter((r) => r !== null) : list) as AnyRecord[],
    appended,
    appendedOnly: !removed,
  };
}
