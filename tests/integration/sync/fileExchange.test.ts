import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import {
  callError,
  must,
  openBackend,
  progressOf,
  quietLog,
  removeDir,
  tempDataDir,
} from '../helpers/backend';

const person = (name: string, role: 'chair' | 'secretary' | 'treasurer' | 'member', email = '') => ({
  name,
  role,
  email,
  phone: '',
  termStart: '2024-01-01',
  termEnd: null,
});

interface Laptop {
  dir: string;
  backend: Backend;
  log: ReturnType<typeof quietLog>;
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** No server anywhere: the laptops only hand each other files, as on a USB stick. */
describe('sync by exchanging a replication file', () => {
  let laptops: Laptop[] = [];

  const laptop = async (dir?: string): Promise<Laptop> => {
    const folder = dir ?? (await tempDataDir('twinning-syncfile-'));
    const log = quietLog();
    // Nothing may be asked of any host: there is no server.
    const backend = await openBackend(folder, log, { syncHosts: () => false });
    const made = { dir: folder, backend, log };
    laptops.push(made);
    return made;
  };
  const members = async (l: Laptop) => (await must(l.backend, 'committee:get', {})).members;
  const view = async (l: Laptop) =>
    (await members(l))
      .map((m) => [m.name, m.role, m.phone])
      .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
  const exportFrom = async (l: Laptop) => (await must(l.backend, 'sync:exportFile', {})).bytes;
  const importInto = (l: Laptop, bytes: Uint8Array) => must(l.backend, 'sync:importFile', { bytes });
  /** B starts from A's records, as a new member's laptop does. */
  const pair = async () => {
    const a = await laptop();
    const b = await laptop();
    await must(a.backend, 'committee:save', {
      name: 'Comitetul de înfrățire Sibiu',
      legalForm: 'association',
      address: '',
      email: '',
      registrationNumber: '',
    });
    const ana = await must(a.backend, 'member:save', person('Ana', 'chair'));
    const ion = await must(a.backend, 'member:save', person('Ion', 'secretary'));
    const first = await importInto(b, await exportFrom(a));
    expect(first.conflicts).toBe(0);
    expect(await view(b)).toEqual(await view(a));
    return { a, b, ana, ion };
  };
  const onB = async (l: Laptop, id: string) => (await members(l)).find((m) => m.id === id);

  afterEach(async () => {
    for (const l of laptops) {
      await l.backend.close();
      await removeDir(l.dir);
    }
    laptops = [];
  });

  it('shows one edit of the same member on each laptop as one conflict after the file is imported, losing neither', async () => {
    const { a, b, ana } = await pair();
    await must(a.backend, 'member:save', { ...person('Ana', 'treasurer'), id: ana.id, rev: ana.rev });
    const there = await onB(b, ana.id);
    await must(b.backend, 'member:save', {
      ...person('Ana', 'chair'),
      id: ana.id,
      rev: there?.rev,
      phone: '+40 3',
    });

    const told: number[] = [];
    b.backend.events.subscribe((event, payload) => {
      if (event === 'sync:changed') told.push((payload as { conflicts: number }).conflicts);
    });
    const result = await importInto(b, await exportFrom(a));
    expect(result).toMatchObject({ conflicts: 1 });
    // The window is told, as when a server brings one.
    await vi.waitFor(() => expect(told.at(-1)).toBe(1));
    const [conflict] = await must(b.backend, 'sync:conflicts', {});
    expect(conflict?.differing).toEqual(['phone', 'role']);
    const versions = [conflict?.winner, ...(conflict?.others ?? [])].map((v) => [
      v?.fields.role,
      v?.fields.phone,
    ]);
    expect(versions).toEqual(
      expect.arrayContaining([
        ['treasurer', ''],
        ['chair', '+40 3'],
      ]),
    );
    // The store holds the winner, the same one a server would have chosen.
    expect((await onB(b, ana.id))?.role).toBe(conflict?.winner.fields.role);

    // B's file brings A the same conflict, with the same winner.
    await importInto(a, await exportFrom(b));
    const [onA] = await must(a.backend, 'sync:conflicts', {});
    expect(onA?.winner.rev).toBe(conflict?.winner.rev);

    // Merged on B, and B's next file closes it on A too.
    const all = [conflict?.winner, ...(conflict?.others ?? [])];
    const roleRev = all.find((v) => v?.fields.role === 'treasurer')?.rev ?? '';
    const phoneRev = all.find((v) => v?.fields.phone === '+40 3')?.rev ?? '';
    expect(
      await must(b.backend, 'sync:resolve', {
        collection: 'members',
        id: ana.id,
        fields: { role: roleRev, phone: phoneRev },
      }),
    ).toEqual([]);
    expect((await importInto(a, await exportFrom(b))).conflicts).toBe(0);
    expect(await must(a.backend, 'sync:conflicts', {})).toEqual([]);
    expect((await onB(a, ana.id))?.role).toBe('treasurer');
    expect((await onB(a, ana.id))?.phone).toBe('+40 3');
    expect(a.log.errors).toEqual([]);
    expect(b.log.errors).toEqual([]);
  });

  it('merges edits of different members silently, both ways', async () => {
    const { a, b, ana, ion } = await pair();
    await must(a.backend, 'member:save', { ...person('Ana', 'treasurer'), id: ana.id, rev: ana.rev });
    await must(b.backend, 'member:save', {
      ...person('Ion', 'secretary'),
      id: ion.id,
      rev: (await onB(b, ion.id))?.rev,
      phone: '+40 2',
    });
    await must(b.backend, 'member:save', person('Maria', 'member'));

    const fromA = await exportFrom(a);
    const fromB = await exportFrom(b);
    expect((await importInto(b, fromA)).conflicts).toBe(0);
    expect((await importInto(a, fromB)).conflicts).toBe(0);
    const expected = [
      ['Ana', 'treasurer', ''],
      ['Ion', 'secretary', '+40 2'],
      ['Maria', 'member', ''],
    ];
    expect(await view(a)).toEqual(expected);
    expect(await view(b)).toEqual(expected);
    // The same file again changes nothing.
    expect(await importInto(b, fromA)).toMatchObject({ added: 0, conflicts: 0 });
    expect(await view(b)).toEqual(expected);
  });

  it('takes a deletion to the other laptop by file, with no content of the deleted member in it', async () => {
    const a = await laptop();
    const b = await laptop();
    const ana = await must(a.backend, 'member:save', person('Ana Popescu', 'chair', 'ana@example.org'));
    await importInto(b, await exportFrom(a));
    expect(await view(b)).toEqual([['Ana Popescu', 'chair', '']]);

    await must(b.backend, 'member:delete', { id: ana.id });
    const file = await exportFrom(b);
    expect(text(file)).not.toContain('ana@example.org');
    await importInto(a, file);
    expect(await members(a)).toEqual([]);
    expect(await must(a.backend, 'sync:conflicts', {})).toEqual([]);
  });

  it('never puts the laptop’s own settings in the file', async () => {
    const a = await laptop();
    await must(a.backend, 'settings:save', { dormantAfterMonths: 7 });
    await must(a.backend, 'member:save', person('Ana', 'chair'));
    const lines = text(await exportFrom(a))
      .trim()
      .split('\n');
    const header = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(header).toMatchObject({ format: 'twinning-desk/sync-file', version: 1, documents: 1 });
    expect(typeof header.committeeId).toBe('string');
    expect(typeof header.createdAt).toBe('string');
    expect(lines.slice(1).map((l) => (JSON.parse(l) as { _id: string })._id.split(':')[0])).toEqual([
      'members',
    ]);
  });

  it('refuses a damaged, foreign, newer or other committee’s file, naming what is wrong, and changes nothing', async () => {
    const { a, b, ana } = await pair();
    await must(a.backend, 'member:save', { ...person('Ana', 'treasurer'), id: ana.id, rev: ana.rev });
    const good = await exportFrom(a);
    const before = await view(b);
    const cases: [string, Uint8Array][] = [];
    cases.push(['sync_file_not_sync_file', Buffer.from('PK\u0003\u0004 a zip, not a sync file')]);
    cases.push(['sync_file_not_sync_file', Buffer.from('{"format":"something-else","version":1}\n')]);
    cases.push(['sync_file_damaged', good.subarray(0, good.byteLength - 20)]);
    const changed = Buffer.from(text(good).replace('treasurer', 'treasurex'));
    cases.push(['sync_file_damaged', changed]);
    const newer = Buffer.from(text(good).replace('"version":1', '"version":2'));
    cases.push(['sync_file_newer_version', newer]);
    const stranger = await laptop();
    await must(stranger.backend, 'committee:save', {
      name: 'Städtepartnerschaft Landshut',
      legalForm: 'association',
      address: '',
      email: '',
      registrationNumber: '',
    });
    await must(stranger.backend, 'member:save', person('Klaus', 'chair'));
    cases.push(['sync_file_other_committee', await exportFrom(stranger)]);

    for (const [code, bytes] of cases) {
      const error = await callError(b.backend, 'sync:importFile', { bytes });
      expect(error.code, code).toBe('VALIDATION');
      expect(error.issues?.[0]?.code).toBe(code);
      if (code === 'sync_file_other_committee') {
        expect(error.issues?.[0]?.params).toEqual({ name: 'Städtepartnerschaft Landshut' });
      }
    }
    expect(await view(b)).toEqual(before);
    expect(await must(b.backend, 'sync:conflicts', {})).toEqual([]);
    // The good file still goes in afterwards.
    await importInto(b, good);
    expect((await onB(b, ana.id))?.role).toBe('treasurer');
  });

  it('keeps a conflict brought by file across a restart, and refuses to delete the record until it is decided', async () => {
    const { a, b, ana } = await pair();
    await must(a.backend, 'member:save', { ...person('Ana', 'treasurer'), id: ana.id, rev: ana.rev });
    const there = await onB(b, ana.id);
    await must(b.backend, 'member:save', { ...person('Ana', 'secretary'), id: ana.id, rev: there?.rev });
    await importInto(b, await exportFrom(a));

    await b.backend.close();
    laptops = laptops.filter((l) => l !== b);
    const again = await laptop(b.dir);
    expect(await must(again.backend, 'sync:conflicts', {})).toHaveLength(1);
    expect((await callError(again.backend, 'member:delete', { id: ana.id })).code).toBe('SYNC_CONFLICT');
    expect(await members(again)).toHaveLength(2);
  });

  it('follows a long file with progress the window can show', async () => {
    const a = await laptop();
    const b = await laptop();
    for (let i = 0; i < 30; i++) await must(a.backend, 'member:save', person(`Member ${i}`, 'member'));
    const seenA = progressOf(a.backend);
    const { bytes, documents, fileName } = await must(a.backend, 'sync:exportFile', {
      taskId: 'export-1234',
    });
    expect(documents).toBe(30);
    expect(fileName).toMatch(/\.twinsync$/);
    expect(seenA.at(-1)).toMatchObject({ taskId: 'export-1234', phase: 'gather', done: 30, total: 30 });
    const seenB = progressOf(b.backend);
    const result = await must(b.backend, 'sync:importFile', { bytes, taskId: 'import-1234' });
    expect(result).toEqual({ documents: 30, added: 30, conflicts: 0 });
    expect(seenB[0]).toMatchObject({ phase: 'merge', done: 0, total: 30, cancellable: true });
    expect(seenB.at(-1)).toMatchObject({ phase: 'merge', done: 30, total: 30, cancellable: false });
    expect(await members(b)).toHaveLength(30);
  });
});
