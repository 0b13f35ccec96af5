import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { eventually } from '../helpers/couchServer';
import {
  committeeDesign,
  setUpCommittee,
  startAuthCouchServer,
  type AuthCouchServer,
} from '../helpers/couchAuthServer';
import { must, openBackend, quietLog, removeDir, tempDataDir } from '../helpers/backend';

const loopbackOnly = (host: string) => host === '127.0.0.1';
const person = (name: string, phone = '') => ({
  name,
  role: 'member' as const,
  email: '',
  phone,
  termStart: '2024-01-01',
  termEnd: null,
});

describe("a member's role on the server is respected", () => {
  let server: AuthCouchServer;
  let n = 0;
  const open: { backend: Backend; dir: string }[] = [];
  const laptop = async (database: string, user: string, password: string) => {
    const dir = await tempDataDir('twinning-roles-');
    const backend = await openBackend(dir, quietLog(), { syncHosts: loopbackOnly });
    open.push({ backend, dir });
    await must(backend, 'sync:configure', { url: server.url, database, user, password });
    return backend;
  };
  const members = async (b: Backend) => (await must(b, 'committee:get', {})).members;
  /** The server's copy of a record, read as its admin. */
  const onServer = async (database: string, id: string) =>
    (await server.request('GET', `/${database}/${encodeURIComponent(`members:${id}`)}`)).body as {
      fields?: { phone?: string };
    };

  beforeAll(async () => {
    server = await startAuthCouchServer();
  });
  afterAll(() => server.close());
  afterEach(async () => {
    for (const { backend, dir } of open.splice(0)) {
      await backend.close();
      await removeDir(dir);
    }
  });

  const committee = async (design: Record<string, unknown> | null = committeeDesign()) => {
    const database = `committee-${process.pid}-${++n}`;
    await setUpCommittee(
      server,
      database,
      [
        { name: `ana${n}`, password: 'ana-pw', roles: [database, `${database}:edit`] },
        { name: `ion${n}`, password: 'ion-pw', roles: [database] },
      ],
      design,
    );
    return { database, editor: `ana${n}`, reader: `ion${n}` };
  };

  it('refuses every write of a read-only member on the server itself', async () => {
    const { database, reader, editor } = await committee();
    const asReader = await server.request(
      'PUT',
      `/${database}/members:x`,
      { collection: 'members' },
      `${reader}:ion-pw`,
    );
    expect(asReader.status).toBe(403);
    const asEditor = await server.request(
      'PUT',
      `/${database}/members:x`,
      { collection: 'members' },
      `${editor}:ana-pw`,
    );
    expect(asEditor.status).toBe(201);
  });

  it('shows a read-only member as one, brings her the others’ changes, and keeps her own edit here, reported', async () => {
    const { database, editor, reader } = await committee();
    const ana = await laptop(database, editor, 'ana-pw');
    const ion = await laptop(database, reader, 'ion-pw');
    expect(await must(ion, 'sync:test', {})).toMatchObject({ ok: true, access: 'read' });
    expect(await must(ana, 'sync:test', {})).toMatchObject({ ok: true, access: 'edit' });
    expect((await must(ion, 'sync:start', {})).access).toBe('read');
    expect((await must(ana, 'sync:start', {})).access).toBe('edit');

    // An edit member writes; the read-only member receives it (pull works).
    const saved = await must(ana, 'member:save', person('Ana Popescu'));
    await eventually(async () => expect((await members(ion)).map((m) => m.name)).toEqual(['Ana Popescu']));

    // Her own edit stays on her laptop and is counted as waiting, without an error.
    const mine = (await members(ion))[0];
    await must(ion, 'member:save', { ...person('Ana Popescu', '+40 9'), id: saved.id, rev: mine?.rev });
    await eventually(async () =>
      expect(await must(ion, 'sync:status', {})).toMatchObject({ access: 'read', pending: 1, error: null }),
    );
    expect((await onServer(database, saved.id)).fields?.phone).toBe('');
    expect((await members(ion))[0]?.phone).toBe('+40 9');
    // She never tried to send it.
    expect(server.writesBy(reader)).toBe(0);

    // The edit member's next change still reaches the server.
    const current = (await members(ana))[0];
    await must(ana, 'member:save', { ...person('Ana Popescu', '+40 1'), id: saved.id, rev: current?.rev });
    await eventually(async () => expect((await onServer(database, saved.id)).fields?.phone).toBe('+40 1'));
  });

  it('learns read-only from a refused first push, stops sending and keeps the edit pending', async () => {
    // A design document without the kind the app reads: the roles cannot be told in advance.
    const { twinning: _kind, ...unlabelled } = committeeDesign();
    const { database, reader } = await committee(unlabelled);
    const ion = await laptop(database, reader, 'ion-pw');
    expect((await must(ion, 'sync:start', {})).access).toBe('edit');
    await must(ion, 'member:save', person('Ion Written Here'));
    await eventually(async () =>
      expect(await must(ion, 'sync:status', {})).toMatchObject({ access: 'read', pending: 1, error: null }),
    );
    const tries = server.writesBy(reader);
    expect(tries).toBeGreaterThan(0);
    await must(ion, 'member:save', person('Another Edit'));
    await eventually(async () => expect((await must(ion, 'sync:status', {})).pending).toBe(2));
    expect(server.writesBy(reader)).toBe(tries);
    const all = (await server.request('GET', `/${database}/_all_docs`)).body as { rows: { id: string }[] };
    expect(all.rows.filter((r) => r.id.startsWith('members:'))).toEqual([]);
  });
});
