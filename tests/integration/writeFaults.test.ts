import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import {
  call,
  listDir,
  manualTimers,
  must,
  openBackend,
  openBackendWith,
  quietLog,
  removeDir,
  tempDataDir,
} from './helpers/backend';
import { fsError, override } from './helpers/faults';

const STORE = 'store.json';
const member = (name: string) =>
  ({ name, role: 'member', email: '', phone: '', termStart: null, termEnd: null }) as const;

/**
 * The file opens, then writing into it fails, as it does when the disk fills up mid-write:
 * a temp file of the store (store.json or its journal being replaced) or the change journal
 * being appended to. Only the store's own files; periodic backups are held back (their timer never
 * fires here), since one folds the journal into store.json first and would be another write.
 */
function failTempWrites(dir: string, code: string): () => void {
  return override('open', (original) => async (path, flags, mode) => {
    const handle = await original(path, flags, mode);
    const name = String(path);
    const storeTemp =
      (name.startsWith(join(dir, `.${STORE}.`)) || name.startsWith(join(dir, '.store.journal.'))) &&
      name.endsWith('.tmp');
    if (storeTemp || name === join(dir, 'store.journal')) {
      handle.writeFile = async () => {
        throw fsError(code, 'write', String(path));
      };
    }
    return handle;
  });
}

describe('a write that the disk refuses', () => {
  let dir: string;
  let backend: Backend;
  let undo: (() => void) | null;
  const log = quietLog();
  const open = (folder: string) => openBackendWith(folder, { log, timers: manualTimers().timers });

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await open(dir);
    undo = null;
  });
  afterEach(async () => {
    undo?.();
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  it('returns DISK_FULL, keeps memory equal to disk, and leaves the file and folder as they were', async () => {
    const kept = await must(backend, 'member:save', member('Ana'));
    const before = await readFile(join(dir, STORE), 'utf8');
    undo = failTempWrites(dir, 'ENOSPC');
    expect(await call(backend, 'member:save', member('Ion'))).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL' },
    });
    expect(await call(backend, 'member:delete', { id: kept.id })).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL' },
    });
    expect((await must(backend, 'committee:get', {})).members).toEqual([kept]);
    expect(await readFile(join(dir, STORE), 'utf8')).toBe(before);
    expect((await listDir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('saves again once space is freed, with nothing from the failed attempt', async () => {
    await must(backend, 'member:save', member('Ana'));
    undo = failTempWrites(dir, 'ENOSPC');
    await call(backend, 'member:save', member('Lost'));
    undo();
    undo = null;
    await must(backend, 'member:save', member('Ion'));
    await backend.close();
    backend = await open(dir);
    expect((await must(backend, 'committee:get', {})).members.map((m) => m.name)).toEqual(['Ana', 'Ion']);
  });

  it('returns DISK_FULL when a quota is exceeded too', async () => {
    undo = failTempWrites(dir, 'EDQUOT');
    expect(
      await call(backend, 'committee:save', {
        name: 'Comité',
        legalForm: 'association',
        address: '',
        email: '',
        registrationNumber: '',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL' },
    });
  });

  it('returns PERMISSION_DENIED when the folder stops accepting writes, and keeps the old data', async () => {
    await must(backend, 'member:save', member('Ana'));
    const before = await readFile(join(dir, STORE), 'utf8');
    // Each change is appended to the journal; the folder now refuses that file and store.json alike.
    undo = override('open', (original) => async (path, flags, mode) => {
      if (String(path) === join(dir, 'store.journal')) throw fsError('EACCES', 'open', String(path));
      return original(path, flags, mode);
    });
    expect(await call(backend, 'member:save', member('Ion'))).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
    expect((await must(backend, 'committee:get', {})).members.map((m) => m.name)).toEqual(['Ana']);
    expect(await readFile(join(dir, STORE), 'utf8')).toBe(before);
    expect((await listDir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('returns WRITE_FAILED for any other I/O error', async () => {
    undo = failTempWrites(dir, 'EIO');
    expect(await call(backend, 'member:save', member('Ion'))).toMatchObject({
      ok: false,
      error: { code: 'WRITE_FAILED' },
    });
  });
});

describe('starting empty on a full disk', () => {
  it('answers DISK_FULL and stays on the recovery screen with the damaged file kept', async () => {
    const dir = await tempDataDir();
    await writeFile(join(dir, STORE), '{');
    const backend = await openBackend(dir);
    const movedTo = (await must(backend, 'app:status', {})).problem?.movedTo as string;
    const undo = failTempWrites(dir, 'ENOSPC');
    try {
      expect(await call(backend, 'store:startEmpty', {})).toMatchObject({
        ok: false,
        error: { code: 'DISK_FULL' },
      });
      expect((await must(backend, 'app:status', {})).state).toBe('recovery');
      expect(await readFile(movedTo, 'utf8')).toBe('{');
    } finally {
      undo();
      await backend.close();
      await removeDir(dir);
    }
  });
});
