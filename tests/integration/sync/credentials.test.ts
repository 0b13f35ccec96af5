import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend, BackendOptions } from '../../../electron/core/backend';
import { startBackendWorker } from '../../../electron/core/worker/workerBackend';
import { SECRETS_FILE, safeStorageSecrets } from '../../../electron/window/secretStore';
import { fakeSafeStorage } from '../../helpers/fakeSafeStorage';
import { createDatabase, eventually, startCouchServer, type CouchServer } from '../helpers/couchServer';
import { must, openBackend, quietLog, removeDir, tempDataDir } from '../helpers/backend';

const PASSWORD = 'Tr3asurer-pa55word-7781';
const loopbackOnly = (host: string) => host === '127.0.0.1';

/** Every file under the data folder, with its path, as bytes. */
async function everyFile(dir: string): Promise<[string, Buffer][]> {
  const found: [string, Buffer][] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.push([path.slice(dir.length + 1), await readFile(path)]);
  }
  return found;
}

describe('the sync password, kept with the OS and nowhere else', () => {
  let server: CouchServer;
  let database = '';
  let n = 0;
  const open: { backend: Backend; dir: string }[] = [];
  const laptop = async (dir: string, extra: Partial<BackendOptions> = {}) => {
    const backend = await openBackend(dir, quietLog(), { syncHosts: loopbackOnly, ...extra });
    open.push({ backend, dir });
    return backend;
  };
  const setup = () => ({ url: server.url, database, user: 'ana', password: PASSWORD });

  beforeAll(async () => {
    server = await startCouchServer();
  });
  afterAll(() => server.close());
  afterEach(async () => {
    for (const { backend, dir } of open.splice(0)) {
      await backend.close();
      await removeDir(dir);
    }
  });
  const freshDatabase = async () => {
    database = `credentials-${process.pid}-${++n}`;
    await createDatabase(server, database);
  };

  it('keeps the password with the OS, so sync starts again with the app without asking', async () => {
    await freshDatabase();
    const dir = await tempDataDir('twinning-cred-');
    const secrets = safeStorageSecrets(fakeSafeStorage(), dir, quietLog());
    const first = await openBackend(dir, quietLog(), { syncHosts: loopbackOnly, secrets });
    await must(first, 'sync:configure', setup());
    expect((await must(first, 'sync:start', {})).password).toEqual({
      where: 'os',
      reason: null,
      known: true,
    });
    await must(first, 'member:save', {
      name: 'Ana Popescu',
      role: 'treasurer',
      email: '',
      phone: '',
      termStart: '2024-01-01',
      termEnd: null,
    });
    await eventually(async () =>
      expect(await must(first, 'sync:status', {})).toMatchObject({ state: 'idle', pending: 0 }),
    );
    await first.close();

    const again = await laptop(dir, { secrets: safeStorageSecrets(fakeSafeStorage(), dir, quietLog()) });
    await eventually(async () => {
      const status = await must(again, 'sync:status', {});
      expect(status.error).toBeNull();
      expect(status.state).toBe('idle');
    });
  });

  it('forgets the password on request: sync stops, and after a restart there is no password and no sync', async () => {
    await freshDatabase();
    const dir = await tempDataDir('twinning-cred-');
    const first = await openBackend(dir, quietLog(), {
      syncHosts: loopbackOnly,
      secrets: safeStorageSecrets(fakeSafeStorage(), dir, quietLog()),
    });
    await must(first, 'sync:configure', setup());
    await must(first, 'sync:start', {});
    await eventually(async () => expect((await must(first, 'sync:status', {})).state).toBe('idle'));
    expect((await everyFile(dir)).map(([p]) => p)).toContain(SECRETS_FILE);

    const forgotten = await must(first, 'sync:forgetPassword', {});
    expect(forgotten).toMatchObject({
      state: 'off',
      error: null,
      password: { where: 'os', known: false },
    });
    // The setup stays (address, database, user); only the password is gone, from disk too.
    expect(await must(first, 'sync:config', {})).toEqual({ url: server.url, database, user: 'ana' });
    expect((await everyFile(dir)).map(([p]) => p)).not.toContain(SECRETS_FILE);
    await first.close();

    const again = await laptop(dir, { secrets: safeStorageSecrets(fakeSafeStorage(), dir, quietLog()) });
    // Sync was stopped with it: the app does not start it again, nor ask for a password.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await must(again, 'sync:status', {})).toMatchObject({
      state: 'off',
      error: null,
      password: { where: 'os', known: false },
    });
  });

  it('forgets the sealed password when the server, database or user changes', async () => {
    await freshDatabase();
    const dir = await tempDataDir('twinning-cred-');
    const secrets = safeStorageSecrets(fakeSafeStorage(), dir, quietLog());
    const backend = await laptop(dir, { secrets });
    await must(backend, 'sync:configure', setup());
    expect((await must(backend, 'sync:status', {})).password?.known).toBe(true);
    await must(backend, 'sync:configure', { url: server.url, database, user: 'ion' });
    expect((await must(backend, 'sync:status', {})).password).toEqual({
      where: 'os',
      reason: null,
      known: false,
    });
    expect((await everyFile(dir)).map(([p]) => p)).not.toContain(SECRETS_FILE);
  });

  it('never writes the password into store.json, the journal, sync files, backups or the hand-over', async () => {
    await freshDatabase();
    const dir = await tempDataDir('twinning-cred-');
    const backend = await laptop(dir, { secrets: safeStorageSecrets(fakeSafeStorage(), dir, quietLog()) });
    await must(backend, 'sync:configure', setup());
    await must(backend, 'sync:start', {});
    await must(backend, 'member:save', {
      name: 'Ion',
      role: 'member',
      email: '',
      phone: '',
      termStart: '2024-01-01',
      termEnd: null,
    });
    await must(backend, 'backup:create', {});
    await must(backend, 'sync:stop', {});
    const files = await everyFile(dir);
    expect(files.map(([p]) => p)).toEqual(
      expect.arrayContaining(['store.json', SECRETS_FILE, 'sync/config.json']),
    );
    for (const [path, bytes] of files) {
      expect({ path, holds: bytes.includes(Buffer.from(PASSWORD)) }).toEqual({ path, holds: false });
    }
    const archive = await must(backend, 'handover:export', { includeBackups: true });
    const entries = unzipSync(archive.bytes);
    expect(Object.keys(entries).some((name) => name.includes('secrets') || name.startsWith('sync/'))).toBe(
      false,
    );
    for (const [name, bytes] of Object.entries(entries)) {
      expect({ name, holds: Buffer.from(bytes).includes(Buffer.from(PASSWORD)) }).toEqual({
        name,
        holds: false,
      });
    }
  });

  it('keeps it in memory only in browser mode, and says there is no secret store', async () => {
    await freshDatabase();
    const dir = await tempDataDir('twinning-cred-');
    const first = await openBackend(dir, quietLog(), { syncHosts: loopbackOnly });
    await must(first, 'sync:configure', setup());
    expect((await must(first, 'sync:start', {})).password).toEqual({
      where: 'session',
      reason: 'no_secret_store',
      known: true,
    });
    await first.close();
    const again = await laptop(dir);
    await eventually(async () =>
      expect((await must(again, 'sync:status', {})).error?.reason).toBe('password_needed'),
    );
    expect((await must(again, 'sync:status', {})).password).toMatchObject({ where: 'session', known: false });
  });

  it('refuses to store it when the OS cannot encrypt, says why, and keeps it for the session', async () => {
    await freshDatabase();
    const dir = await tempDataDir('twinning-cred-');
    const safe = fakeSafeStorage({ available: false });
    const backend = await laptop(dir, { secrets: safeStorageSecrets(safe, dir, quietLog()) });
    await must(backend, 'sync:configure', setup());
    expect((await must(backend, 'sync:start', {})).password).toEqual({
      where: 'session',
      reason: 'encryption_unavailable',
      known: true,
    });
    expect(safe.calls).toEqual([]);
    expect((await everyFile(dir)).map(([p]) => p)).not.toContain(SECRETS_FILE);
  });

  it('reaches the shell through the worker thread, as in the desktop app', async () => {
    await freshDatabase();
    const dir = await tempDataDir('twinning-cred-');
    const backend = await startBackendWorker({
      backend: { dataDir: dir, transport: 'desktop', appVersion: '0.0.0-test' },
      warmPdf: false,
      log: quietLog(),
      secrets: safeStorageSecrets(fakeSafeStorage(), dir, quietLog()),
    });
    open.push({ backend, dir });
    const configured = await backend.dispatch('sync:configure', { ...setup(), url: 'http://127.0.0.1:9' });
    expect(configured.ok).toBe(true);
    const status = await backend.dispatch('sync:status', {});
    expect(status).toMatchObject({ ok: true, data: { password: { where: 'os', known: true } } });
    const sealed = await readFile(join(dir, SECRETS_FILE));
    expect(sealed.includes(Buffer.from(PASSWORD))).toBe(false);
  });
});
