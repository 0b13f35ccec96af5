import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import {
  callError,
  manualTimers,
  member,
  municipality,
  must,
  openBackendWith,
  removeDir,
  steppingClock,
  tempDataDir,
} from './helpers/backend';

let dir: string;
let backend: Backend;
const clock = steppingClock();
const timers = manualTimers();

const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const mode = async (path: string) => (await stat(path)).mode & 0o777;

/** Every file and folder under root with its permission bits, to check them all at once. */
async function modes(root: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    found[path.slice(root.length + 1)] = (await mode(path)).toString(8);
  }
  return found;
}

async function allText(root: string): Promise<string> {
  let text = '';
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    text += entry.isDirectory() ? await allText(path) : await readFile(path, 'utf8');
  }
  return text;
}

beforeEach(async () => {
  dir = await tempDataDir('twinning-privacy-');
  // The newest fixture has a committee member and a partner-town contact.
  await copyFile(join(import.meta.dirname, '..', 'fixtures', 'stores', 'v3.json'), join(dir, 'store.json'));
  backend = await openBackendWith(dir, { now: clock.now, timers: timers.timers });
});
afterEach(async () => {
  await backend.close();
  await removeDir(dir);
});

describe("a person's data", () => {
  it('is found in every collection, ignoring case and accents', async () => {
    const found = await must(backend, 'person:find', { text: 'MULLER' });
    expect(found).toEqual([
      expect.objectContaining({
        collection: 'partnerships.contacts',
        id: 'c-muller',
        name: 'Petra Müller',
        context: 'Landshut',
      }),
    ]);
    expect((await must(backend, 'person:find', { text: 'ana@example' })).map((p) => p.id)).toEqual(['m-ana']);
  });

  it('is exported as the full records, and only theirs', async () => {
    const exported = await must(backend, 'person:export', {
      refs: [
        { collection: 'committee.members', id: 'm-ana' },
        { collection: 'partnerships.contacts', id: 'c-muller' },
      ],
    });
    expect(exported.records.map((r) => r.collection)).toEqual(['committee.members', 'partnerships.contacts']);
    expect(JSON.stringify(exported)).toContain('ana@example.org');
    expect(JSON.stringify(exported)).toContain('partnerschaft@example.de');
    expect(
      (
        await callError(backend, 'person:export', {
          refs: [{ collection: 'committee.members', id: 'nobody' }],
        })
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('is erased from the store and from every backup, while everyone else stays', async () => {
    await must(backend, 'member:save', member('Ion Ionescu', 'ion@example.org'));
    await must(backend, 'backup:create', {});
    timers.runAll();
    // Copies the app cannot read but that name the person: a damaged backup (recent, so retention keeps it) and a kept damaged store.
    await writeFile(
      join(dir, 'backups', 'store-2026-11-20T08-00-00-000Z-periodic.json'),
      '{"committee":{"members":[{"id":"m-ana","name":"Ana Popescu"',
    );
    await writeFile(
      join(dir, 'store.damaged-2026-01-01T00-00-00-000Z.json'),
      'garbage ana@example.org garbage',
    );
    await writeFile(join(dir, 'store.damaged-2026-01-02T00-00-00-000Z.json'), 'garbage about someone else');
    expect(await allText(dir)).toContain('ana@example.org');

    const report = await must(backend, 'person:erase', {
      refs: [
        { collection: 'committee.members', id: 'm-ana' },
        { collection: 'partnerships.contacts', id: 'c-muller' },
      ],
    });
    expect(report.erasedRecords).toBe(2);
    expect(report.backupsRewritten).toBeGreaterThanOrEqual(2);
    expect(report.filesDeleted).toBe(2);

    const everything = await allText(dir);
    for (const trace of [
      'm-ana',
      'Ana Popescu',
      'ana@example.org',
      'c-muller',
      'Petra Müller',
      'partnerschaft@example.de',
    ]) {
      expect(everything, trace).not.toContain(trace);
    }
    expect(everything).toContain('ion@example.org');
    expect(everything).toContain('garbage about someone else');
    const profile = await must(backend, 'committee:get', {});
    expect(profile.members.map((m) => m.name)).toEqual(['Ion Ionescu']);

    // Rewritten backups still restore.
    for (const backup of await must(backend, 'backup:list', {})) {
      expect((await must(backend, 'backup:preview', { id: backup.id })).schemaVersion).toBeGreaterThan(0);
    }
  });
});

describe('file permissions', () => {
  it('keeps the data folder, backups folder, store, backups and lock readable by the owner only', async () => {
    // A folder the app creates itself, with the usual umask, not one mkdtemp made private already.
    const fresh = join(dir, 'fresh', 'data');
    const previous = process.umask(0o022);
    const other = await openBackendWith(fresh, { timers: timers.timers });
    try {
      await must(other, 'member:save', member('Ion Ionescu'));
      await must(other, 'backup:create', {});
      expect(await mode(fresh)).toBe(0o700);
      expect(await mode(join(fresh, 'backups'))).toBe(0o700);
      expect(await mode(join(fresh, 'store.json'))).toBe(0o600);
      expect(await mode(join(fresh, 'twinning-desk.lock'))).toBe(0o600);
      for (const name of await readdir(join(fresh, 'backups')))
        expect(await mode(join(fresh, 'backups', name)), name).toBe(0o600);
    } finally {
      process.umask(previous);
      await other.close();
    }
  });

  it('makes a damaged store moved aside readable by the owner only, even when it arrived readable by all', async () => {
    const fresh = join(dir, 'damaged');
    await mkdir(fresh, { mode: 0o700 });
    await writeFile(join(fresh, 'store.json'), '{"committee": {"members": [{"name": "Ana Popescu"', {
      mode: 0o644,
    });
    const other = await openBackendWith(fresh, { timers: timers.timers });
    try {
      const aside = (await readdir(fresh)).filter((n) => n.startsWith('store.damaged-'));
      expect(aside).toHaveLength(1);
      expect(await mode(join(fresh, aside[0] as string))).toBe(0o600);
    } finally {
      await other.close();
    }
  });

  it('writes everything a hand-over brings in readable by the owner only', async () => {
    await must(backend, 'backup:create', {});
    const arms = await must(backend, 'agreement:addImage', { bytes: Buffer.from(PNG_1PX, 'base64') });
    const archive = await must(backend, 'handover:export', { includeBackups: true });
    const successorDir = join(dir, 'successor', 'data');
    const previous = process.umask(0o022);
    const successor = await openBackendWith(successorDir, { timers: timers.timers });
    try {
      await must(successor, 'municipality:save', municipality('Placeholder'));
      await must(successor, 'handover:import', { bytes: archive.bytes });
      const found = await modes(successorDir);
      expect(Object.keys(found)).toEqual(expect.arrayContaining(['store.json', `attachments/${arms.file}`]));
      expect(Object.keys(found).filter((p) => p.startsWith('backups/')).length).toBeGreaterThanOrEqual(2);
      for (const [path, bits] of Object.entries(found)) {
        const isDir = (await stat(join(successorDir, path))).isDirectory();
        expect(bits, path).toBe(isDir ? '700' : '600');
      }
    } finally {
      process.umask(previous);
      await successor.close();
    }
  });
});
