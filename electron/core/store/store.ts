import { Low, type Adapter } from 'lowdb';
import { AppFailure } from '../../../shared/ipc/errors';
import { writeFileDurable } from './durableFile';
import { assertInvariants } from './invariants';
import type { Journal } from './journal';
import { TOMBSTONE_RETENTION_DAYS, type ChangeSet, type Tombstone } from './records';
import type { StoreData } from './schema';
import { runTransaction, type Tx } from './transaction';
import { toWriteFailure } from './writeErrors';

/** lowdb adapter for the compacted snapshot (store.json); reads are done and validated by openStore. */
export class SnapshotFile implements Adapter<StoreData> {
  constructor(private readonly path: string) {}
  async read(): Promise<StoreData | null> {
    throw new Error('SnapshotFile is write-only: openStore reads, validates and replays the journal');
  }
  async write(data: StoreData): Promise<void> {
    await writeFileDurable(this.path, JSON.stringify(data));
  }
}

/** Compact after this many journal entries or bytes, whichever comes first, and on close. */
export const COMPACT_AFTER_ENTRIES = 500;
export const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

export type CommitListener = (before: StoreData, after: StoreData, changes: ChangeSet) => void;

export interface StoreOptions {
  path: string;
  data: StoreData;
  readOnly: boolean;
  /** Null for a read-only store, or when the first write of a new store failed (see openJournal). */
  journal: Journal | null;
  /** Writes the whole store and starts its journal, for a store that has none yet. */
  openJournal: (data: StoreData) => Promise<Journal>;
  now: () => Date;
  newId: () => string;
  onCommit?: CommitListener;
  /** Defaults to COMPACT_AFTER_ENTRIES and COMPACT_AFTER_BYTES; the crash tests compact far more often. */
  compactAfter?: { entries: number; bytes: number };
  /** Reports a failed background compaction (the journal still holds every change). */
  onCompactError?: (error: unknown) => void;
  /** Refuses a change set before it is written, as the invariants do (sync: no deleting a record in conflict). */
  guard?: (changes: ChangeSet) => void;
}

export interface WriteResult<T> {
  value: T;
  changes: ChangeSet;
  revision: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The one writer of the data folder. Transactions run one at a time in a queue, so a
 * read-modify-write never interleaves with another; a commit is on disk (fsync'd journal
 * entry) before memory changes, so a failed write leaves memory and disk agreeing. The
 * journal is folded into store.json in the background.
 */
export class Store {
  private readonly db: Low<StoreData>;
  private queue: Promise<unknown> = Promise.resolve();
  private compacting: Promise<void> | null = null;
  private journal: Journal | null;
  readonly path: string;
  readonly readOnly: boolean;
  private readonly options: StoreOptions;

  constructor(options: StoreOptions) {
    this.options = options;
    this.path = options.path;
    this.readOnly = options.readOnly;
    this.journal = options.journal;
    this.db = new Low<StoreData>(new SnapshotFile(options.path), options.data);
  }

  get data(): Readonly<StoreData> {
    return this.db.data;
  }

  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Runs `work` inside the queue; its reads see the latest state and its writes commit together. */
  transaction<T>(work: (tx: Tx) => T): Promise<WriteResult<T>> {
    return this.enqueue(async () => {
      if (this.readOnly) {
        throw new AppFailure('STORE_READ_ONLY', 'The data folder is read-only; changes cannot be saved');
      }
      const before = this.db.data;
      const now = this.options.now();
      const done = runTransaction(before, work, { now, newId: this.options.newId });
      if (done.changes.length === 0) return { value: done.value, changes: [], revision: before.revision };
      assertInvariants(done.data, done.changes);
      this.options.guard?.(done.changes);
      let journal: Journal;
      try {
        journal = this.journal ?? (this.journal = await this.options.openJournal(before));
        await journal.append({ revision: done.data.revision, at: now.toISOString(), ops: done.ops });
      } catch (error) {
        throw toWriteFailure(error);
      }
      this.db.data = done.data;
      this.options.onCommit?.(before, done.data, done.changes);
      const limit = this.options.compactAfter ?? {
        entries: COMPACT_AFTER_ENTRIES,
        bytes: COMPACT_AFTER_BYTES,
      };
      if (journal.entries >= limit.entries || journal.size >= limit.bytes) {
        void this.compact().catch((error: unknown) => this.options.onCompactError?.(error));
      }
      return { value: done.value, changes: done.changes, revision: done.data.revision };
    });
  }

  /**
   * Folds the journal into store.json: the state is captured in the queue, written outside
   * it (writes go on meanwhile), and the journal then keeps only what came after the capture.
   * A crash at any point leaves a snapshot and a journal that together hold every commit.
   */
  compact(forget: ReadonlySet<string> = new Set()): Promise<void> {
    const journal = this.journal;
    if (this.readOnly || !journal) return Promise.resolve();
    if (this.compacting) return this.compacting.then(() => this.compact(forget));
    const run = async () => {
      const captured = await this.enqueue(async () => {
        const cutoff = new Date(this.options.now().getTime() - TOMBSTONE_RETENTION_DAYS * DAY).toISOString();
        const data = this.db.data;
        const kept = (t: Tombstone) => t.deletedAt >= cutoff && !forget.has(t.id);
        const purged = !data.tombstones.every(kept);
        if (purged) this.db.data = { ...data, tombstones: data.tombstones.filter(kept) };
        return { data: this.db.data, offset: journal.size, entries: journal.entries, purged };
      });
      if (captured.entries === 0 && !captured.purged) return;
      await this.db.adapter.write(captured.data);
      await this.enqueue(async () => {
        const tail = await journal.tailFrom(captured.offset);
        await journal.restartWith(tail, journal.entries - captured.entries);
      });
    };
    this.compacting = run().finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  /** Waits for queued writes and a running compaction. */
  async flush(): Promise<void> {
    await this.queue;
    await this.compacting?.catch(() => undefined);
    await this.queue;
  }

  /**
   * For readers of store.json (backups, hand-over, erasure): the file then holds every commit.
   * `forget` names records whose tombstones go at once: an erased person leaves not even an id.
   */
  async flushAndCompact(forget?: ReadonlySet<string>): Promise<void> {
    await this.flush();
    await this.compact(forget);
  }

  /** Compacts and lets the journal go; the caller releases the lock afterwards. */
  async close(): Promise<void> {
    await this.flush();
    try {
      await this.compact();
    } catch (error) {
      // The journal still holds every commit; the next start replays it.
      this.options.onCompactError?.(error);
    }
    await this.journal?.close();
  }
}
