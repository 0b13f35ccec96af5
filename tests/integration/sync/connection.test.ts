import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { must, openBackend, removeDir, tempDataDir } from '../helpers/backend';
import { createDatabase, startCouchServer, type CouchServer } from '../helpers/couchServer';

/** A server that answers like CouchDB's welcome, then refuses the database in the way the test names. */
function fakeServer(answer: {
  welcome: string;
  status: number;
  body: string;
}): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const root = request.url === '/';
    response.writeHead(root ? 200 : answer.status, {
      'content-type': root ? 'application/json' : 'text/plain',
    });
    response.end(root ? answer.welcome : answer.body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

const couchWelcome = JSON.stringify({ couchdb: 'Welcome', version: '3.4.2' });

describe('testing the connection to a sync server', () => {
  let dir: string;
  let backend: Backend;
  let couch: CouchServer;
  const servers: Server[] = [];

  beforeAll(async () => {
    dir = await tempDataDir('twinning-sync-test-');
    backend = await openBackend(dir, undefined, { syncHosts: (host) => host === '127.0.0.1' });
    couch = await startCouchServer();
  });
  afterAll(async () => {
    await backend.close();
    await removeDir(dir);
    await couch.close();
    servers.forEach((s) => s.close());
  });

  const testWith = async (url: string, database = 'committee', user = 'ana', password = 'secret') => {
    await must(backend, 'sync:configure', { url, database, user, password });
    return must(backend, 'sync:test', {});
  };
  const reasonFrom = async (answer: { welcome: string; status: number; body: string }) => {
    const fake = await fakeServer(answer);
    servers.push(fake.server);
    const result = await testWith(fake.url);
    return result.ok ? 'ok' : result.reason;
  };

  it('says when nothing is set up yet', async () => {
    const fresh = await tempDataDir('twinning-sync-none-');
    const other = await openBackend(fresh);
    expect(await must(other, 'sync:test', {})).toMatchObject({ ok: false, reason: 'not_configured' });
    expect(await must(other, 'sync:status', {})).toMatchObject({
      configured: false,
      state: 'off',
      pending: null,
    });
    await other.close();
    await removeDir(fresh);
  });

  it('names a server that does not answer as unreachable', async () => {
    const closed = await fakeServer({ welcome: couchWelcome, status: 200, body: '' });
    const url = closed.url;
    await new Promise((resolve) => closed.server.close(resolve));
    expect(await testWith(url)).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('refuses to reach a host the backend may not reach', async () => {
    expect(await testWith('https://couch.example.org')).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('tells a wrong password, a user without access and a missing database apart', async () => {
    expect(await reasonFrom({ welcome: couchWelcome, status: 401, body: '{"error":"unauthorized"}' })).toBe(
      'unauthorised',
    );
    expect(await reasonFrom({ welcome: couchWelcome, status: 403, body: '{"error":"forbidden"}' })).toBe(
      'forbidden',
    );
    expect(await reasonFrom({ welcome: couchWelcome, status: 404, body: '{"error":"not_found"}' })).toBe(
      'no_database',
    );
  });

  it('says when the address answers but is not a CouchDB', async () => {
    expect(
      await reasonFrom({ welcome: '<html>router login</html>', status: 200, body: '<html></html>' }),
    ).toBe('not_couchdb');
  });

  it('reports the server and how many records its database holds when all is well', async () => {
    await createDatabase(couch, 'committee-ok');
    expect(await testWith(couch.url, 'committee-ok', '')).toEqual({
      ok: true,
      server: 'PouchDB Server',
      documents: 0,
      // A server without users lets everyone write.
      access: 'edit',
    });
  });

  it('keeps no password in the data folder', async () => {
    await must(backend, 'sync:configure', {
      url: couch.url,
      database: 'committee',
      user: 'ana',
      password: 'hunter2-x',
    });
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const saved = await readFile(join(dir, 'sync', 'config.json'), 'utf8');
    expect(JSON.parse(saved)).toEqual({ url: couch.url, database: 'committee', user: 'ana' });
    expect(saved).not.toContain('hunter2-x');
  });

  it('refuses an address with a password in it, or a database name CouchDB would not take, naming the field', async () => {
    const bad = await backend.dispatch('sync:configure', {
      url: 'http://ana:pw@127.0.0.1:5984',
      database: 'Committee!',
      user: 'ana',
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('VALIDATION');
    expect(bad.error.issues?.map((i) => i.path.join('.')).sort()).toEqual(['database', 'url']);
  });
});
