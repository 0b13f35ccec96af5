import { Low, type Adapter } from 'lowdb';
import { AppFailure } from '../../../shared/ipc/errors';
import { writeFileDurable } from './durableFile';
import type { StoreData } from './schema';
import { toWriteFailure } from './writeErrors';

/** lowdb adapter whose writes survive crashes (see writeFileDurable); reads are done by openStore. */
export class DurableJsonFile implements Adapter<StoreData> {
  constructor(private readonly path: string) {}
  async read(): Promise<StoreData | null> {
    throw new Error('DurableJsonFile is write-only: openStore reads and validates the file');
  }
  async write(data: StoreData): Promise<void> {
    await writeFileDurable(this.path, JSON.stringify(data));
  }
}

export type Mutator = (current: Readonly<StoreData>) => StoreData;

export interface StoreOptions {
  path: string;
  data: StoreData;
  readOnly: boolean;
  onChange?: (data: StoreData) => void;
}

/**
 * The one writer of the store file. Updates are queued so they never interleave, and
 * the in-memory state changes only after the file is safely on disk: if a write fails,
 * memory and disk still agree and the caller gets a typed error.
 */
export class Store {
  private readonly db: Low<StoreData>;
  private queue: Promise<unknown> = Promise.resolve();
  readonly path: string;
  readonly readOnly: boolean;
  private readonly onChange: ((data: StoreData) => void) | undefined;

  constructor(options: StoreOptions) {
    this.path = options.path;
    this.readOnly = options.readOnly;
    this.onChange = options.onChange;
    this.db = new Low<StoreData>(new DurableJsonFile(options.path), options.data);
  }

  get data(): Readonly<StoreData> {
    return this.db.data;
  }

  /** Mutators return a new state (copy on write) instead of editing the current one. */
  update(mutator: Mutator): Promise<StoreData> {
    const run = async (): Promise<StoreData> => {
      if (this.readOnly) {
        throw new AppFailure('STORE_READ_ONLY', 'The data folder is read-only; changes cannot be saved');
      }
      const previous = this.db.data;
      const next = { ...mutator(previous), revision: previous.revision + 1 };
      try {
        // Readers keep seeing `previous` until `next` is durably on disk.
        await this.db.adapter.write(next);
      } catch (error) {
        throw toWriteFailure(error);
      }
      this.db.data = next;
      this.onChange?.(next);
      return next;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Waits for queued writes; the caller releases the lock afterwards. */
  async flush(): Promise<void> {
    await this.queue;
  }
}
