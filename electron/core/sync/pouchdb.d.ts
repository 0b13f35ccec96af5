/**
 * The part of PouchDB 9 the sync service uses. Written here rather than taken from
 * @types/pouchdb-*: those pull the DOM library into the Node project and lag PouchDB by years.
 */
declare module 'pouchdb-core' {
  namespace PouchDB {
    interface Doc {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      _conflicts?: string[];
      _revisions?: { start: number; ids: string[] };
      [field: string]: unknown;
    }
    interface Info {
      db_name: string;
      doc_count: number;
      update_seq: number | string;
    }
    interface WriteResult {
      ok?: boolean;
      id: string;
      rev?: string;
      error?: string;
      reason?: string;
    }
    interface Change {
      id: string;
      seq: number | string;
      deleted?: boolean;
      changes: { rev: string }[];
    }
    interface ReplicationInfo {
      docs_read?: number;
      docs_written?: number;
      doc_write_failures?: number;
      last_seq?: number | string;
      errors?: unknown[];
    }
    /** One direction of a sync; unlike the sync as a whole, its 'paused' carries the error. */
    interface ReplicationEvents {
      on(event: 'paused', listener: (error?: unknown) => void): this;
      on(event: 'active', listener: () => void): this;
    }
    interface LiveReplication extends ReplicationEvents {
      on(event: 'paused', listener: (error?: unknown) => void): this;
      on(event: 'active', listener: () => void): this;
      on(event: 'denied', listener: (error: unknown) => void): this;
      on(event: 'change', listener: (info: ReplicationInfo) => void): this;
      on(event: 'complete', listener: (info: unknown) => void): this;
      on(event: 'error', listener: (error: unknown) => void): this;
      cancel(): void;
    }
    interface SyncEvents {
      push: ReplicationEvents;
      pull: ReplicationEvents;
      on(
        event: 'change',
        listener: (info: { direction: 'push' | 'pull'; change: ReplicationInfo }) => void,
      ): this;
      on(event: 'paused', listener: (error?: unknown) => void): this;
      on(event: 'active', listener: () => void): this;
      on(event: 'denied', listener: (error: unknown) => void): this;
      on(event: 'complete', listener: (info: unknown) => void): this;
      on(event: 'error', listener: (error: unknown) => void): this;
      cancel(): void;
    }
    interface ChangesFeed {
      on(event: 'change', listener: (change: Change) => void): this;
      on(event: 'error', listener: (error: unknown) => void): this;
      cancel(): void;
    }
    interface Database {
      name: string;
      info(): Promise<Info>;
      get(id: string, options?: { conflicts?: boolean; rev?: string; revs?: boolean }): Promise<Doc>;
      put(doc: Doc): Promise<WriteResult>;
      bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
      bulkGet(options: {
        docs: { id: string; rev?: string }[];
        revs?: boolean;
        attachments?: boolean;
      }): Promise<{
        results: { id: string; docs: ({ ok: Doc } | { error: unknown })[] }[];
      }>;
      /** For each document, the given revisions this database lacks. */
      revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
      allDocs(options: { include_docs?: boolean; conflicts?: boolean; keys?: string[] }): Promise<{
        rows: { id: string; value: { rev: string; deleted?: boolean }; doc?: Doc | null }[];
      }>;
      changes(options: { since?: number | string | 'now'; style?: 'all_docs'; limit?: number }): Promise<{
        results: Change[];
        last_seq: number | string;
      }>;
      changes(options: { live: true; since?: number | string | 'now'; style?: 'all_docs' }): ChangesFeed;
      sync(
        remote: Database,
        options: { live?: boolean; retry?: boolean; back_off_function?: (delay: number) => number },
      ): SyncEvents;
      replicate: {
        to(remote: Database | string): Promise<ReplicationInfo>;
        from(remote: Database | string): Promise<ReplicationInfo>;
        /** One direction, live (a read-only member only pulls). */
        from(
          remote: Database,
          options: { live: true; retry?: boolean; back_off_function?: (delay: number) => number },
        ): LiveReplication;
      };
      revsDiff(diff: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
      compact(): Promise<unknown>;
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
    interface Options {
      adapter?: string;
      auth?: { username: string; password: string };
      skip_setup?: boolean;
    }
    interface Static {
      new (name: string, options?: Options): Database;
      plugin(plugin: unknown): Static;
      defaults(options: Options): Static;
    }
  }
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
