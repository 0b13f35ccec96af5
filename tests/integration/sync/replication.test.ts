import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import type { SyncStatus } from '../../../shared/domain/sync';
import { createDatabase, eventually, startCouchServer, type CouchServer } from '../helpers/couchServer';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from '../helpers/backend';

const loopbackOnly = (host: string) => host === '127.0.0.1' || host === 'localhost';

const person = (name: string, role: 'chair' | 'secretary' | 'treasurer' | 'member') => ({
  name,
  role,
  email: '',
  phone: '',
  termStart: '2024-01-01',
  termEnd: null,
});

interface Laptop {
  dir: string;
  backend: Backend;
  log: ReturnType<typeof quietLog>;
}

describe('sync through the CouchDB replication protocol', () => {
  let server: CouchServer;
  let laptops: Laptop[] = [];
  // The server's in-memory databases outlive it within the process: a fresh name per test.
  let database = '';
  let tests = 0;

  const laptop = async (dir?: string): Promise<Laptop> => {
    const folder = dir ?? (await tempDataDir('twinning-sync-'));
    const log = quietLog();
    const backend = await openBackend(folder, log, { syncHosts: loopbackOnly });
    const made = { dir: folder, backend, log };
    laptops.push(made);
    return made;
  };
  const connect = async (l: Laptop) => {
    await must(l.backend, 'sync:configure', { url: server.url, database, user: '' });
    const status = await must(l.backend, 'sync:start', {});
    expect(status.error).toBeNull();
  };
  const members = async (l: Laptop) => (await must(l.backend, 'committee:get', {})).members;
  /** Up to date: idle, nothing left to send. */
  const settled = (l: Laptop) =>
    eventually(async () => {
      const status = await must(l.backend, 'sync:status', {});
      expect(status).toMatchObject({ state: 'idle', pending: 0, error: null });
      return status;
    });

  // One server for the file (express-pouchdb keeps process-wide state), a database per test.
  beforeAll(async () => {
    server = await startCouchServer();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    database = `committee-${process.pid}-${++tests}`;
    await createDatabase(server, database);
    laptops = [];
  });
  afterEach(async () => {
    for (const l of laptops) {
      await l.backend.close();
      await removeDir(l.dir);
    }
  });

  it('brings a member added on one laptop to the other, and then her edit', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await connect(b);
    const ana = await must(a.backend, 'member:save', person('Ana Popescu', 'chair'));
    await eventually(async () => expect((await members(b)).map((m) => m.name)).toEqual(['Ana Popescu']));
    await must(a.backend, 'member:save', {
      ...person('Ana Popescu', 'chair'),
      id: ana.id,
      rev: ana.rev,
      phone: '+40 1',
    });
    await eventually(async () => expect((await members(b))[0]?.phone).toBe('+40 1'));
    expect((await must(b.backend, 'sync:status', {})).lastSyncedAt).not.toBeNull();
    expect(a.log.errors).toEqual([]);
    expect(b.log.errors).toEqual([]);
  });

  it('merges edits of different records made offline without asking anything', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await connect(b);
    const ana = await must(a.backend, 'member:save', person('Ana', 'chair'));
    const ion = await must(a.backend, 'member:save', person('Ion', 'secretary'));
    await eventually(async () => expect(await members(b)).toHaveLength(2));
    await must(a.backend, 'sync:stop', {});
    await must(b.backend, 'sync:stop', {});

    const onB = (await members(b)).find((m) => m.id === ion.id);
    await must(a.backend, 'member:save', { ...person('Ana', 'treasurer'), id: ana.id, rev: ana.rev });
    await must(b.backend, 'member:save', {
      ...person('Ion', 'secretary'),
      id: ion.id,
      rev: onB?.rev,
      phone: '+40 2',
    });
    await must(b.backend, 'member:save', person('Maria', 'member'));

    await must(a.backend, 'sync:start', {});
    await must(b.backend, 'sync:start', {});
    const expected = [
      ['Ana', 'treasurer', ''],
      ['Ion', 'secretary', '+40 2'],
      ['Maria', 'member', ''],
    ];
    const view = async (l: Laptop) =>
      (await members(l))
        .map((m) => [m.name, m.role, m.phone])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    await eventually(async () => {
      expect(await view(a)).toEqual(expected);
      expect(await view(b)).toEqual(expected);
    });
    await settled(a);
    await settled(b);
    expect(await must(a.backend, 'sync:conflicts', {})).toEqual([]);
    expect(await must(b.backend, 'sync:conflicts', {})).toEqual([]);
  });

  it('shows two offline edits of one member as a conflict on both laptops, losing neither, until one is chosen', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await connect(b);
    const ana = await must(a.backend, 'member:save', person('Ana', 'chair'));
    await eventually(async () => expect(await members(b)).toHaveLength(1));
    await settled(a);
    await settled(b);
    await must(a.backend, 'sync:stop', {});
    await must(b.backend, 'sync:stop', {});

    const onB = (await members(b))[0];
    await must(a.backend, 'member:save', { ...person('Ana', 'treasurer'), id: ana.id, rev: ana.rev });
    await must(b.backend, 'member:save', {
      ...person('Ana', 'chair'),
      id: ana.id,
      rev: onB?.rev,
      phone: '+40 3',
    });

    await must(a.backend, 'sync:start', {});
    await must(b.backend, 'sync:start', {});
    const conflictOn = (l: Laptop) =>
      eventually(async () => {
        const found = await must(l.backend, 'sync:conflicts', {});
        expect(found).toHaveLength(1);
        return found[0];
      });
    const onA = await conflictOn(a);
    const seenOnB = await conflictOn(b);
    // The same winner everywhere, the other version kept, and both edits still there.
    expect(seenOnB?.winner.rev).toBe(onA?.winner.rev);
    expect(onA?.differing).toEqual(['phone', 'role']);
    const versions = [onA?.winner, ...(onA?.others ?? [])].map((v) => [v?.fields.role, v?.fields.phone]);
    expect(versions).toEqual(
      expect.arrayContaining([
        ['treasurer', ''],
        ['chair', '+40 3'],
      ]),
    );
    const winnerRole = onA?.winner.fields.role;
    await eventually(async () => {
      expect((await members(a))[0]?.role).toBe(winnerRole);
      expect((await members(b))[0]?.role).toBe(winnerRole);
    });

    // Merge on A: the treasurer's role from one version, the phone from the other.
    const fromRole = versions.findIndex((v) => v[0] === 'treasurer');
    const all = [onA?.winner, ...(onA?.others ?? [])];
    const roleRev = all[fromRole]?.rev ?? '';
    const phoneRev = all[fromRole === 0 ? 1 : 0]?.rev ?? '';
    const left = await must(a.backend, 'sync:resolve', {
      collection: 'members',
      id: ana.id,
      fields: { role: roleRev, phone: phoneRev },
    });
    expect(left).toEqual([]);
    const merged = ['Ana', 'treasurer', '+40 3'];
    await eventually(async () => {
      expect((await members(a)).map((m) => [m.name, m.role, m.phone])).toEqual([merged]);
      expect((await members(b)).map((m) => [m.name, m.role, m.phone])).toEqual([merged]);
      expect(await must(b.backend, 'sync:conflicts', {})).toEqual([]);
    });
    expect(a.log.errors).toEqual([]);
    expect(b.log.errors).toEqual([]);
  });

  it('keeps a conflict across a restart of the app', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await connect(b);
    const ana = await must(a.backend, 'member:save', person('Ana', 'chair'));
    await eventually(async () => expect(await members(b)).toHaveLength(1));
    await must(a.backend, 'sync:stop', {});
    await must(b.backend, 'sync:stop', {});
    const onB = (await members(b))[0];
    await must(a.backend, 'member:save', { ...person('Ana', 'treasurer'), id: ana.id, rev: ana.rev });
    await must(b.backend, 'member:save', { ...person('Ana', 'secretary'), id: ana.id, rev: onB?.rev });
    await must(b.backend, 'sync:start', {});
    await settled(b);
    await must(a.backend, 'sync:start', {});
    await eventually(async () => expect(await must(a.backend, 'sync:conflicts', {})).toHaveLength(1));
    await settled(a);

    await a.backend.close();
    laptops = laptops.filter((l) => l !== a);
    // The conflict comes from the mirror's file: it is there as soon as the app is open.
    const again = await laptop(a.dir);
    const kept = await must(again.backend, 'sync:conflicts', {});
    expect(kept).toHaveLength(1);
    const roles = [kept[0]?.winner, ...(kept[0]?.others ?? [])].map((v) => v?.fields.role).sort();
    expect(roles).toEqual(['secretary', 'treasurer']);
  });

  it('removes on the other laptop a member deleted on one, leaving no content on the server', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await connect(b);
    const ana = await must(a.backend, 'member:save', {
      ...person('Ana Popescu', 'chair'),
      email: 'ana@example.org',
    });
    await eventually(async () => expect(await members(b)).toHaveLength(1));
    await must(b.backend, 'member:delete', { id: ana.id });
    await eventually(async () => expect(await members(a)).toEqual([]));
    await settled(a);
    await settled(b);
    const doc = (await (
      await fetch(`${server.url}/${database}/members:${ana.id}?revs=true&open_revs=all`, {
        headers: { accept: 'application/json' },
      })
    ).json()) as { ok: Record<string, unknown> }[];
    expect(doc.map((d) => d.ok._deleted)).toEqual([true]);
    expect(JSON.stringify(doc)).not.toContain('ana@example.org');
  });

  it('goes offline when the server is killed, keeps the edits made meanwhile, and sends each once when it is back', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await connect(b);
    await must(a.backend, 'member:save', person('Ana', 'chair'));
    await eventually(async () => expect(await members(b)).toHaveLength(1));
    await server.kill();
    for (const name of ['Ion', 'Maria', 'Elena'])
      await must(a.backend, 'member:save', person(name, 'member'));
    const offline = await eventually(async () => {
      const status = await must(a.backend, 'sync:status', {});
      expect(status.state).toBe('offline');
      expect(status.error?.reason).toBe('unreachable');
      return status;
    });
    expect(offline.pending).toBeGreaterThanOrEqual(3);
    await server.restart();
    await eventually(async () => expect(await members(b)).toHaveLength(4), 30_000);
    await settled(a);
    await settled(b);
    expect((await members(b)).map((m) => m.name).sort()).toEqual(['Ana', 'Elena', 'Ion', 'Maria']);
    expect((await members(a)).map((m) => m.name).sort()).toEqual(['Ana', 'Elena', 'Ion', 'Maria']);
  }, 60_000);

  it('refuses to delete a member in conflict until the versions are decided, then deletes it everywhere', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await connect(b);
    const ana = await must(a.backend, 'member:save', person('Ana', 'chair'));
    await eventually(async () => expect(await members(b)).toHaveLength(1));
    await settled(a);
    await settled(b);
    await must(a.backend, 'sync:stop', {});
    await must(b.backend, 'sync:stop', {});
    const onB = (await members(b))[0];
    await must(a.backend, 'member:save', { ...person('Ana', 'treasurer'), id: ana.id, rev: ana.rev });
    await must(b.backend, 'member:save', { ...person('Ana', 'secretary'), id: ana.id, rev: onB?.rev });
    await must(a.backend, 'sync:start', {});
    await must(b.backend, 'sync:start', {});
    const [conflict] = await eventually(async () => {
      const found = await must(a.backend, 'sync:conflicts', {});
      expect(found).toHaveLength(1);
      return found;
    });
    // PouchDB would make the losing version the winner: the record would come back.
    expect((await callError(a.backend, 'member:delete', { id: ana.id })).code).toBe('SYNC_CONFLICT');
    expect(await members(a)).toHaveLength(1);
    await must(a.backend, 'sync:resolve', {
      collection: 'members',
      id: ana.id,
      keep: conflict?.winner.rev ?? '',
    });
    await must(a.backend, 'member:delete', { id: ana.id });
    await eventually(async () => {
      expect(await members(a)).toEqual([]);
      expect(await members(b)).toEqual([]);
    });
  });

  it('stops sync when a backup is restored and says so; started again, a record the backup lacks comes back rather than being deleted everywhere', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await connect(b);
    await must(a.backend, 'member:save', person('Ana', 'chair'));
    const backup = await must(a.backend, 'backup:create', {});
    await must(a.backend, 'member:save', person('Ion', 'secretary'));
    await eventually(async () => expect(await members(b)).toHaveLength(2));
    await must(a.backend, 'backup:restore', { id: backup.id });
    const stopped = await must(a.backend, 'sync:status', {});
    expect(stopped).toMatchObject({ state: 'error', error: { reason: 'failed' } });
    expect((await members(a)).map((m) => m.name)).toEqual(['Ana']);
    // The backup holds no deletion of Ion, only an older state: a restore on one laptop
    // never deletes on the others what they have, and Ion comes back from the server.
    expect((await must(a.backend, 'sync:start', {})).error).toBeNull();
    await eventually(async () =>
      expect((await members(a)).map((m) => m.name).sort()).toEqual(['Ana', 'Ion']),
    );
    await settled(a);
    expect((await members(b)).map((m) => m.name).sort()).toEqual(['Ana', 'Ion']);
  });

  it('starts again with the app when it was left on, and asks for the password again when there is one', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await must(b.backend, 'sync:configure', { url: server.url, database, user: 'ion', password: 'pw' });
    expect((await must(b.backend, 'sync:start', {})).error).toBeNull();
    await settled(a);
    await settled(b);
    for (const l of [a, b]) await l.backend.close();
    laptops = [];
    const a2 = await laptop(a.dir);
    const b2 = await laptop(b.dir);
    // No password is needed for A's server: it goes on by itself.
    await must(b2.backend, 'sync:status', {});
    await eventually(async () => expect((await must(a2.backend, 'sync:status', {})).state).toBe('idle'));
    expect(await must(b2.backend, 'sync:status', {})).toMatchObject({
      state: 'error',
      error: { reason: 'password_needed' },
    });
    await must(a2.backend, 'member:save', person('Ana', 'chair'));
    expect((await must(b2.backend, 'sync:start', { password: 'pw' })).error).toBeNull();
    await eventually(async () => expect((await members(b2)).map((m) => m.name)).toEqual(['Ana']));
  });

  it('starts while a server it reached before does not answer, says it is offline, and syncs once the server is back', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(b);
    await must(a.backend, 'sync:configure', { url: server.url, database, user: '' });
    expect(await must(a.backend, 'sync:test', {})).toMatchObject({ ok: true });
    await server.kill();
    const offline = await must(a.backend, 'sync:start', {});
    expect(offline).toMatchObject({ state: 'offline', error: { reason: 'unreachable' } });
    await must(a.backend, 'member:save', person('Ana', 'chair'));
    await server.restart();
    await eventually(async () => expect((await members(b)).map((m) => m.name)).toEqual(['Ana']), 30_000);
    await settled(a);
  }, 60_000);

  it('never sends the laptop’s own settings', async () => {
    const a = await laptop();
    const b = await laptop();
    await connect(a);
    await connect(b);
    await must(a.backend, 'settings:save', { dormantAfterMonths: 7 });
    await must(a.backend, 'member:save', person('Ana', 'chair'));
    await eventually(async () => expect(await members(b)).toHaveLength(1));
    await settled(a);
    const names = (await (await fetch(`${server.url}/${database}/_all_docs`)).json()) as {
      rows: { id: string }[];
    };
    expect(names.rows.map((r) => r.id.split(':')[0])).not.toContain('settings');
    expect(names.rows.map((r) => r.id.split(':')[0])).toContain('members');
  });

  it('tells the window when sync’s status changes, without being asked', async () => {
    const a = await laptop();
    const b = await laptop();
    const told = (l: Laptop) => {
      const seen: SyncStatus[] = [];
      l.backend.events.subscribe((event, payload) => {
        if (event === 'sync:changed') seen.push(payload as SyncStatus);
      });
      return seen;
    };
    const onA = told(a);
    const onB = told(b);
    await connect(a);
    await connect(b);
    await eventually(async () =>
      expect(onA.at(-1)).toMatchObject({ configured: true, state: 'idle', pending: 0, error: null }),
    );
    const ana = await must(a.backend, 'member:save', person('Ana', 'chair'));
    await eventually(async () => expect(await members(b)).toHaveLength(1));
    await must(a.backend, 'sync:stop', {});
    await must(b.backend, 'sync:stop', {});
    await eventually(async () => expect(onA.at(-1)).toMatchObject({ state: 'off', pending: null }));

    // A conflict that arrives is told on the laptop it arrives at.
    const there = (await members(b))[0];
    await must(a.backend, 'member:save', { ...person('Ana', 'treasurer'), id: ana.id, rev: ana.rev });
    await must(b.backend, 'member:save', { ...person('Ana', 'secretary'), id: ana.id, rev: there?.rev });
    await must(a.backend, 'sync:start', {});
    await settled(a);
    await must(b.backend, 'sync:start', {});
    await eventually(async () => expect(onB.at(-1)).toMatchObject({ state: 'idle', conflicts: 1 }));
    // Told once per change, not again and again: equal statuses are not repeated.
    const repeated = onB.filter((s, i) => i > 0 && JSON.stringify(s) === JSON.stringify(onB[i - 1]));
    expect(repeated).toEqual([]);
  });
});
