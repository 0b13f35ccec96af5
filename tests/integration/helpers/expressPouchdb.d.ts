declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** The express app express-pouchdb returns is a plain request listener. */
  export default function expressPouchDB(
    PouchDB: unknown,
    options?: {
      mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
      inMemoryConfig?: boolean;
      logPath?: string;
      /** Parts left out of (or added to) the mode, e.g. the Fauxton web interface. */
      overrideMode?: { include?: string[]; exclude?: string[] };
    },
  ): (request: IncomingMessage, response: ServerResponse) => void;
}
