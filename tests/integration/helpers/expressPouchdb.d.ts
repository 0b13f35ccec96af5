declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** The express app express-pouchdb returns is a plain request listener. */
  export default function expressPouchDB(
    PouchDB: unknown,
    options?: {
      mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
      inMemoryConfig?: boolean;
      logPath?: string;
    },
  ): (request: IncomingMessage, response: ServerResponse) => void;
}
