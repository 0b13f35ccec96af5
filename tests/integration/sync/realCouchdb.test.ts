import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { must, openBackend, quietLog, removeDir, tempDataDir } from '../helpers/backend';
import { eventually } from '../helpers/couchServer';

/**
 * Against a real Apache CouchDB on 127.0.0.1:5984, where one runs (COUCHDB_USER and
 * COUCHDB_PASSWORD name an admin, as CouchDB's own images do); skipped with the reason where not.
 */
const COUCH = 'http://127.0.0.1:5984';
const user = process.env.COUCHDB_USER ?? 'admin';
const password = process.env.COUCHDB_PASSWORD ?? 'admin';

async function reachable(): Promise<string | null> {
  try {
    const response = await fetch(COUCH, { signal: AbortSignal.timeout(1500) });
    const body = (await response.json()) as { couchdb?: string };
    return body.couchdb === 'Welcome' ? null : `${COUCH} answers but is not Apache CouchDB`;
  } catch {
    return `no Apache CouchDB reachable on ${COUCH}`;
  }
}
const skipReason = await reachable();
const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe.skipIf(skipReason !== null)(`sync with a real Apache CouchDB (${skipReason ?? 'reachable'})`, () => {
  const database = `twinning-test-${process.pid}-${Date.now()}`;
  const dirs: string[] = [];
  const backends: Backend[] = [];

  beforeAll(async () => {
    const made = await fetch(`${COUCH}/${database}`, { method: 'PUT', headers: { authorization: auth } });
    expect(made.status).toBe(201);
  });
  afterAll(async () => {
    for (const b of backends) await b.close();
    for (const d of dirs) await removeDir(d);
    await fetch(`${COUCH}/${database}`, { method: 'DELETE', headers: { authorization: auth } });
  });

  it('refuses a wrong password as unauthorised and brings a member from one laptop to the other', async () => {
    const laptop = async () => {
      const dir = await tempDataDir('twinning-couch-');
      dirs.push(dir);
      const backend = await openBackend(dir, quietLog(), { syncHosts: (h) => h === '127.0.0.1' });
      backends.push(backend);
      return backend;
    };
    const a = await laptop();
    const b = await laptop();
    await must(a, 'sync:configure', { url: COUCH, database, user, password: `${password}-wrong` });
    expect(await must(a, 'sync:test', {})).toMatchObject({ ok: false, reason: 'unauthorised' });
    for (const l of [a, b]) {
      await must(l, 'sync:configure', { url: COUCH, database, user, password });
      expect(await must(l, 'sync:test', {})).toMatchObject({ ok: true });
      expect((await must(l, 'sync:start', {})).error).toBeNull();
    }
    await must(a, 'member:save', {
      name: 'Ana Popescu',
      role: 'chair',
      email: '',
      phone: '',
      termStart: '2024-01-01',
      termEnd: null,
    });
    await eventually(async () =>
      expect((await must(b, 'committee:get', {})).members.map((m) => m.name)).toEqual(['Ana Popescu']),
    );
  });
});

if (skipReason !== null) {
  describe('sync with a real Apache CouchDB', () => {
    it.skip(`skipped: ${skipReason}`, () => undefined);
  });
}
