import { COLLECTIONS, type CollectionName } from '../store/records';
import type { PouchDoc } from './pouch';

/**
 * Which collections replicate: every collection of committee records. `settings` holds what
 * belongs to this laptop (the window's language, the dormancy threshold she chose) and never
 * leaves it.
 */
export const DEVICE_ONLY: ReadonlySet<CollectionName> = new Set(['settings']);
export const SYNCED: readonly CollectionName[] = COLLECTIONS.filter((c) => !DEVICE_ONLY.has(c));
const synced: ReadonlySet<string> = new Set(SYNCED);

export const isSynced = (c: CollectionName): boolean => synced.has(c);

/** One record, one document: `<collection>:<id>` (record ids are unique across the store anyway). */
export const docId = (collection: CollectionName, id: string): string => `${collection}:${id}`;

export function parseDocId(docIdText: string): { collection: CollectionName; id: string } | null {
  const at = docIdText.indexOf(':');
  if (at <= 0) return null;
  const collection = docIdText.slice(0, at);
  const id = docIdText.slice(at + 1);
  if (!synced.has(collection) || id === '') return null;
  return { collection: collection as CollectionName, id };
}

/** A record's content: what members edit. `rev` and `updatedAt` are this store's own bookkeeping. */
export type Fields = Record<string, unknown>;

export function fieldsOf(record: { id: string; rev: number; updatedAt: string }): Fields {
  const {
    rev: _rev,
    updatedAt: _updatedAt,
    ...fields
  } = record as Record<string, unknown> & {
    rev: number;
    updatedAt: string;
  };
  return fields;
}

/**
 * The document body: the record's fields, plus the revision and time of the laptop that wrote
 * it (kept for the conflict view: "changed on … at revision …"); PouchDB's `_rev` is the
 * replication revision, our `rev` stays each store's own counter for stale-edit checks.
 */
export interface RecordDoc extends PouchDoc {
  collection: CollectionName;
  fields: Fields;
  writtenRev: number;
  writtenAt: string;
}

export function toDoc(
  collection: CollectionName,
  record: { id: string; rev: number; updatedAt: string },
  rev?: string,
): RecordDoc {
  return {
    _id: docId(collection, record.id),
    ...(rev ? { _rev: rev } : {}),
    collection,
    fields: fieldsOf(record),
    writtenRev: record.rev,
    writtenAt: record.updatedAt,
  };
}

export function isRecordDoc(doc: PouchDoc): doc is RecordDoc {
  return (
    typeof doc.collection === 'string' &&
    typeof doc.writtenRev === 'number' &&
    typeof doc.writtenAt === 'string' &&
    typeof doc.fields === 'object' &&
    doc.fields !== null &&
    !Array.isArray(doc.fields)
  );
}

/** Key order does not matter, array order does. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export const sameFields = (a: Fields, b: Fields): boolean => canonical(a) === canonical(b);

/** The top-level fields whose values differ between versions, in a stable order. */
export function differingFields(versions: readonly Fields[]): string[] {
  const names = new Set(versions.flatMap((v) => Object.keys(v)));
  return [...names]
    .filter((name) => new Set(versions.map((v) => canonical(v[name] ?? null))).size > 1)
    .sort();
}
