import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { emptyStore } from '../../electron/core/store/schema';
import { call, listDir, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { failWhen, fsError, override } from './helpers/faults';

// Tests run as root, which ignores file modes: read-only files and folders are simulated
// by making the file system refuse writes with the error a real one would give.

const STORE = 'store.json';
const member = {
  name: 'Ana Popescu',
  role: 'chair',
  email: '',
  phone: '',
  termStart: null,
  termEnd: null,
} as const;

function storeWithOneMember(): string {
  const stamp = '2025-03-01T09:00:00.000Z';
  const data = emptyStore();
  data.members = [{ id: 'm1', ...member, createdAt: stamp, updatedAt: stamp, rev: 1 }];
  return JSON.stringify(data);
}

/** access(W_OK) refuses paths inside `dir`, as it does for a read-only file or folder. */
function denyWriteAccess(dir: string): () => void {
  return override('access', (original) => async (path, mode) => {
    if (String(path).startsWith(dir) && mode !== undefined && (mode & 2) !== 0)
      throw fsError('EACCES', 'access', String(path));
    return original(path, mode);
  });
}

/** Every attempt to create or replace a file in `dir` fails with `code`. */
function denyWrites(dir: string, code: string): () => void {
  const undoOpen = override('open', (original) => async (path, flags, mode) => {
    if (String(path).startsWith(dir) && typeof flags === 'string' && /[wax+]/.test(flags))
      throw fsError(code, 'open', String(path));
    return original(path, flags, mode);
  });
  const undoRename = override('rename', (original) => async (from, to) => {
    if (String(to).startsWith(dir)) throw fsError(code, 'rename', String(to));
    return original(from, to);
  });
  return () => {
    undoOpen();
    undoRename();
  };
}

describe('a read-only data folder', () => {
  let dir: string;
  let backend: Backend | null;
  const undo: Array<() => void> = [];

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = null;
  });
  afterEach(async () => {
    while (undo.length) undo.pop()?.();
    await backend?.close();
    await removeDir(dir);
  });

  it('opens a good store read-only, shows everything, and refuses changes with STORE_READ_ONLY', async () => {
    const text = storeWithOneMember();
    await writeFile(join(dir, STORE), text);
    undo.push(denyWriteAccess(dir));
    backend = await openBackend(dir);
    expect(await must(backend, 'app:status', {})).toMatchObject({
      state: 'ready',
      readOnly: true,
      problem: null,
    });
    expect((await must(backend, 'committee:get', {})).members.map((m) => m.name)).toEqual(['Ana Popescu']);
    expect(await call(backend, 'member:save', { ...member, name: 'Ion' })).toMatchObject({
      ok: false,
      error: { code: 'STORE_READ_ONLY' },
    });
    expect(await call(backend, 'member:delete', { id: 'm1' })).toMatchObject({
      ok: false,
      error: { code: 'STORE_READ_ONLY' },
    });
    expect((await must(backend, 'committee:get', {})).members).toHaveLength(1);
    expect(await readFile(join(dir, STORE), 'utf8')).toBe(text);
  });

  it('leaves a damaged file in place when it cannot be moved, and does not offer to start empty', async () => {
    await writeFile(join(dir, STORE), '{"schemaVersion": 1,');
    undo.push(denyWriteAccess(dir));
    backend = await openBackend(dir);
    expect(await must(backend, 'app:status', {})).toMatchObject({
      state: 'recovery',
      problem: { code: 'NOT_JSON', movedTo: null },
    });
    expect(await call(backend, 'store:startEmpty', {})).toMatchObject({
      ok: false,
      error: { code: 'STORE_UNAVAILABLE' },
    });
    expect(await readFile(join(dir, STORE), 'utf8')).toBe('{"schemaVersion": 1,');
  });

  it('opens read-only, instead of failing to start, when not even the lock file can be created', async () => {
    const text = storeWithOneMember();
    await writeFile(join(dir, STORE), text);
    undo.push(denyWrites(dir, 'EROFS'));
    const log = quietLog();
    backend = await openBackend(dir, log);
    expect(await must(backend, 'app:status', {})).toMatchObject({ state: 'ready', readOnly: true });
    expect((await must(backend, 'committee:get', {})).members).toHaveLength(1);
    expect(await call(backend, 'member:save', member)).toMatchObject({
      ok: false,
      error: { code: 'STORE_READ_ONLY' },
    });
    expect(await listDir(dir)).toEqual([STORE]);
    expect(log.errors).toEqual([]);
  });

  it('opens an empty read-only folder with empty records that cannot be saved', async () => {
    undo.push(denyWrites(dir, 'EACCES'));
    backend = await openBackend(dir);
    expect(await must(backend, 'app:status', {})).toMatchObject({ state: 'ready', readOnly: true });
    expect(await call(backend, 'member:save', member)).toMatchObject({
      ok: false,
      error: { code: 'STORE_READ_ONLY' },
    });
    expect(await listDir(dir)).toEqual([]);
  });

  it('leaves a damaged file in place, byte for byte, when renaming it is refused', async () => {
    await writeFile(join(dir, STORE), 'garbage');
    undo.push(
      override('rename', (original) => async (from, to) => {
        if (String(to).includes('damaged')) throw fsError('EPERM', 'rename', String(to));
        return original(from, to);
      }),
    );
    backend = await openBackend(dir);
    const status = await must(backend, 'app:status', {});
    expect(status).toMatchObject({ state: 'recovery', problem: { code: 'NOT_JSON', movedTo: null } });
    expect(status.problem?.detail).toContain('could not be moved aside');
    expect(await readFile(join(dir, STORE), 'utf8')).toBe('garbage');
  });

  it('reports a store file the system refuses to read as UNREADABLE and leaves it alone', async () => {
    const text = storeWithOneMember();
    await writeFile(join(dir, STORE), text);
    undo.push(
      failWhen('readFile', ([path]) =>
        String(path) === join(dir, STORE) ? fsError('EACCES', 'open', String(path)) : null,
      ),
    );
    backend = await openBackend(dir);
    expect(await must(backend, 'app:status', {})).toMatchObject({
      state: 'recovery',
      problem: { code: 'UNREADABLE', movedTo: null },
    });
    undo.pop()?.();
    expect(await readFile(join(dir, STORE), 'utf8')).toBe(text);
  });
});
