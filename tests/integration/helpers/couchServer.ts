import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchDB from 'express-pouchdb';
import { Pouch } from '../../../electron/core/sync/pouch';

export interface CouchServer {
  url: string;
  close(): Promise<void>;
  /** Stops answering (every open connection cut), as a server killed mid-replication. */
  kill(): Promise<void>;
  /** Answers again on the same port, with the same databases. */
  restart(): Promise<void>;
}

/**
 * A CouchDB-protocol server for tests: express-pouchdb over in-memory PouchDB, on 127.0.0.1
 * only, on a port the system picks. Its databases live as long as the test's process.
 */
export async function startCouchServer(): Promise<CouchServer> {
  const app = expressPouchDB(Pouch.defaults({ adapter: 'memory' }), {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: '/dev/null',
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url: `http://127.0.0.1:${port}`,
    close,
    kill: close,
    restart: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
  };
}

/** Creates a database on the test server (whoever runs a real server does this once). */
export async function createDatabase(server: CouchServer, name: string): Promise<void> {
  const response = await fetch(`${server.url}/${name}`, { method: 'PUT' });
  if (!response.ok && response.status !== 412)
    throw new Error(`Could not create ${name}: ${response.status}`);
}

/** Polls until `check` passes (no fixed sleeps); fails with the last error after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
