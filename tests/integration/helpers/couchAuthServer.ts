import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchDB from 'express-pouchdb';
import { Pouch } from '../../../electron/core/sync/pouch';

/**
 * A CouchDB-protocol server with CouchDB's users, per-database security and validation
 * functions: express-pouchdb in its full mode over in-memory PouchDB, on 127.0.0.1 only, with
 * an admin (so it is no "admin party"). It counts each user's writes (`_bulk_docs`), so a test
 * can tell a member who stopped pushing from one refused again and again.
 */
export interface AuthCouchServer {
  url: string;
  admin: string;
  /** The HTTP status and body of a request as `user:password` (or as the admin). */
  request(
    method: string,
    path: string,
    body?: unknown,
    as?: string,
  ): Promise<{ status: number; body: unknown }>;
  writesBy(user: string): number;
  close(): Promise<void>;
}

const ADMIN = 'admin:admin-pw';

export async function startAuthCouchServer(): Promise<AuthCouchServer> {
  const PouchMemory = Pouch.defaults({ adapter: 'memory' });
  // express-pouchdb 4.2 reads the database name from PouchDB 6's `_db_name` to fill
  // userCtx.db for validation functions; CouchDB fills it itself.
  Object.defineProperty(Object.getPrototypeOf(new PouchMemory('probe-name')), '_db_name', {
    get(this: { name: string }) {
      return this.name;
    },
    configurable: true,
  });
  const app = expressPouchDB(PouchMemory, {
    inMemoryConfig: true,
    logPath: '/dev/null',
    overrideMode: { exclude: ['routes/fauxton'] },
  });
  const writes = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST' || !req.url?.includes('/_bulk_docs')) return app(req, res);
    const auth = req.headers.authorization ?? '';
    const user =
      Buffer.from(auth.replace(/^Basic /, ''), 'base64')
        .toString()
        .split(':')[0] ?? '';
    writes.set(user, (writes.get(user) ?? 0) + 1);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { docs?: unknown[] };
      // pouchdb-validation 4.2 overwrites a replicated document's `_revisions` with the stored
      // one's before writing it, which drops the new revision's ancestry (CouchDB does not):
      // the replicated ancestry is kept here, so updates through the validation work as on CouchDB.
      for (const doc of body.docs ?? []) {
        if (typeof doc !== 'object' || doc === null || !('_revisions' in doc)) continue;
        const revisions = (doc as { _revisions: unknown })._revisions;
        Object.defineProperty(doc, '_revisions', {
          get: () => revisions,
          set: () => undefined,
          enumerable: true,
        });
      }
      // body-parser (inside express-pouchdb) takes a body already read as it is.
      Object.assign(req, { body, _body: true });
      app(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request: AuthCouchServer['request'] = async (method, path, body, as = ADMIN) => {
    const response = await fetch(url + path, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(as).toString('base64')}`,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: kept as text.
    }
    return { status: response.status, body: parsed };
  };
  const made = await fetch(`${url}/_config/admins/admin`, {
    method: 'PUT',
    body: JSON.stringify('admin-pw'),
  });
  if (!made.ok) throw new Error(`Could not make the test server's admin: ${made.status}`);
  return {
    url,
    admin: ADMIN,
    request,
    writesBy: (user) => writes.get(user) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The design document shipped for committee databases (resources/couchdb). */
export const committeeDesign = (): Record<string, unknown> =>
  JSON.parse(readFileSync('resources/couchdb/committee-design.json', 'utf8')) as Record<string, unknown>;

/** A committee database with its security object, design document and users, as sync-server.md sets it up. */
export async function setUpCommittee(
  server: AuthCouchServer,
  database: string,
  users: { name: string; password: string; roles: string[] }[],
  design: Record<string, unknown> | null = committeeDesign(),
  admins: string[] = [],
): Promise<void> {
  const must = async (method: string, path: string, body?: unknown) => {
    const answer = await server.request(method, path, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  };
  await must('PUT', `/${database}`);
  for (const user of users) {
    await must('PUT', `/_users/org.couchdb.user:${user.name}`, { ...user, type: 'user' });
  }
  await must('PUT', `/${database}/_security`, {
    admins: { names: admins, roles: [] },
    members: { names: [], roles: [database] },
  });
  if (design) await must('PUT', `/${database}/_design/twinning`, design);
}
