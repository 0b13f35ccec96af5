import { readdir, readFile } from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { openStore } from '../../../electron/core/store/openStore';
import {
  callError,
  manualTimers,
  municipality,
  must,
  openBackendWith as openWithTimers,
  removeDir,
  tempDataDir,
} from '../helpers/backend';

// Periodic backups are held back: one folds the journal into store.json first, another write
// that would race with the fault each test injects.
const openBackendWith = (folder: string) => openWithTimers(folder, { timers: manualTimers().timers });

// Replace the functions on node:fs/promises itself and sync the ESM bindings: the
// store's ordinary `import { rename } from 'node:fs/promises'` then calls the faulty ones.
const fsp = createRequire(import.meta.url)('node:fs/promises') as typeof import('node:fs/promises');
const realOpen = fsp.open;
const realRename = fsp.rename;
const realWriteFile = fsp.writeFile;

type Where = 'write' | 'sync' | 'rename';
let fault: { where: Where; code: string; under: string } | null = null;

const failure = (code: string) => Object.assign(new Error(`injected ${code}`), { code });
const hits = (path: unknown, where: Where) =>
  fault !== null && fault.where === where && String(path).startsWith(fault.under);

beforeAll(() => {
  fsp.open = (async (path: Parameters<typeof realOpen>[0], ...rest: unknown[]) => {
    const handle = await (realOpen as (...a: unknown[]) => ReturnType<typeof realOpen>)(path, ...rest);
    if (hits(path, 'write')) {
      handle.writeFile = async () => {
        throw failure(fault!.code);
      };
    }
    if (hits(path, 'sync')) {
      handle.sync = handle.datasync = async () => {
        throw failure(fault!.code);
      };
    }
    return handle;
  }) as typeof realOpen;
  fsp.writeFile = (async (path: Parameters<typeof realWriteFile>[0], ...rest: unknown[]) => {
    if (hits(path, 'write')) throw failure(fault!.code);
    return (realWriteFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
  }) as typeof realWriteFile;
  fsp.rename = (async (from: Parameters<typeof realRename>[0], to: Parameters<typeof realRename>[1]) => {
    if (hits(to, 'rename')) throw failure(fault!.code);
    return realRename(from, to);
  }) as typeof realRename;
  syncBuiltinESMExports();
});
afterAll(() => {
  fsp.open = realOpen;
  fsp.rename = realRename;
  fsp.writeFile = realWriteFile;
  syncBuiltinESMExports();
});

let dir: string;
let backend: Backend;
beforeEach(async () => {
  fault = null;
  dir = await tempDataDir('twinning-faults-');
  backend = await openBackendWith(dir);
  await must(backend, 'municipality:save', municipality('Before'));
});
afterEach(async () => {
  fault = null;
  await backend.close();
  await removeDir(dir);
});

/** What a restart would find: store.json plus the journal replayed (read-only, touching nothing). */
const onDisk = async () => {
  const opened = await openStore(dir, () => new Date(), { readOnly: true });
  if (opened.kind !== 'ready') throw new Error(opened.problem.detail);
  return opened.data.municipality[0]?.name;
};
const snapshotName = async () =>
  (JSON.parse(await readFile(join(dir, 'store.json'), 'utf8')) as { municipality: { name: string }[] })
    .municipality[0]?.name;

const cases: { code: string; expected: string }[] = [
  { code: 'ENOSPC', expected: 'DISK_FULL' },
  { code: 'EACCES', expected: 'PERMISSION_DENIED' },
  { code: 'EPERM', expected: 'PERMISSION_DENIED' },
];

describe.each(cases)('$code injected', ({ code, expected }) => {
  // A save appends to the journal: the write or its fsync can fail, nothing is renamed.
  it.each(['write', 'sync'] as const)(
    `on the journal's %s gives ${expected}, keeps memory and disk equal and loses nothing`,
    async (where) => {
      fault = { where, code, under: dir };
      const error = await callError(backend, 'municipality:save', municipality('After'));
      expect(error.code).toBe(expected);
      expect((await must(backend, 'committee:get', {})).municipality?.name).toBe('Before');
      fault = null;
      expect(await onDisk()).toBe('Before');
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

      // The same change succeeds once the disk is fine again, and survives a restart.
      await must(backend, 'municipality:save', municipality('After'));
      await backend.close();
      backend = await openBackendWith(dir);
      expect((await must(backend, 'committee:get', {})).municipality?.name).toBe('After');
    },
  );

  it('on compaction (store.json replaced) gives a typed error and the journal still holds every change', async () => {
    await must(backend, 'municipality:save', municipality('After'));
    fault = { where: 'rename', code, under: join(dir, 'store.json') };
    // A manual backup folds the journal into store.json first.
    expect((await callError(backend, 'backup:create', {})).code).toBe(expected);
    fault = null;
    expect(await snapshotName()).not.toBe('After');
    expect(await onDisk()).toBe('After');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await must(backend, 'municipality:save', municipality('Later'));
    await backend.close();
    expect(await snapshotName()).toBe('Later');
    backend = await openBackendWith(dir);
    expect((await must(backend, 'committee:get', {})).municipality?.name).toBe('Later');
  });

  it('on a manual backup gives a typed error and changes nothing', async () => {
    fault = { where: 'write', code, under: join(dir, 'backups') };
    expect((await callError(backend, 'backup:create', {})).code).toBe(expected);
    fault = null;
    expect(await must(backend, 'backup:list', {})).toEqual([]);
  });

  it('on a restore keeps the current state in memory and on disk', async () => {
    const snapshot = await must(backend, 'backup:create', {});
    await must(backend, 'municipality:save', municipality('Current'));
    fault = { where: 'rename', code, under: join(dir, 'store.json') };
    expect((await callError(backend, 'backup:restore', { id: snapshot.id })).code).toBe(expected);
    fault = null;
    expect((await must(backend, 'committee:get', {})).municipality?.name).toBe('Current');
    expect(await onDisk()).toBe('Current');
  });
});
