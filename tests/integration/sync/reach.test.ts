import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { createDatabase, eventually, startCouchServer, type CouchServer } from '../helpers/couchServer';
import { must, openBackend, quietLog, removeDir, tempDataDir } from '../helpers/backend';

const loopbackOnly = (host: string) => host === '127.0.0.1';

/** An address on this machine where nothing listens (a mistyped port). */
async function deadAddress(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('an address that never answered is not "offline"', () => {
  let server: CouchServer;
  let database = '';
  let n = 0;
  const open: { backend: Backend; dir: string }[] = [];
  const laptop = async (dir?: string) => {
    const folder = dir ?? (await tempDataDir('twinning-reach-'));
    const backend = await openBackend(folder, quietLog(), { syncHosts: loopbackOnly });
    open.push({ backend, dir: folder });
    return { backend, dir: folder };
  };

  beforeAll(async () => {
    server = await startCouchServer();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    database = `reach-${process.pid}-${++n}`;
    await createDatabase(server, database);
  });
  afterEach(async () => {
    for (const { backend, dir } of open.splice(0)) {
      await backend.close();
      await removeDir(dir);
    }
  });

  it('does not start sync on a wrong address, says it was never reached, and starts once the address is corrected', async () => {
    const { backend } = await laptop();
    await must(backend, 'sync:configure', { url: await deadAddress(), database, user: '' });
    const refused = await must(backend, 'sync:start', {});
    expect(refused).toMatchObject({ state: 'unreached', error: { reason: 'never_reached' }, pending: null });
    // Not retrying in the background: it stays unreached, never "offline, retrying".
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await must(backend, 'sync:status', {})).state).toBe('unreached');

    // A corrected address: the old word goes, and sync starts.
    await must(backend, 'sync:configure', { url: server.url, database, user: '' });
    expect(await must(backend, 'sync:status', {})).toMatchObject({ state: 'off', error: null });
    expect((await must(backend, 'sync:start', {})).error).toBeNull();
    await eventually(async () => expect((await must(backend, 'sync:status', {})).state).toBe('idle'));
  });

  it('says offline and retries once the address has answered, also after a restart', async () => {
    const { backend, dir } = await laptop();
    await must(backend, 'sync:configure', { url: server.url, database, user: '' });
    await must(backend, 'sync:start', {});
    await eventually(async () => expect((await must(backend, 'sync:status', {})).state).toBe('idle'));
    await server.kill();
    await eventually(async () =>
      expect(await must(backend, 'sync:status', {})).toMatchObject({
        state: 'offline',
        error: { reason: 'unreachable' },
      }),
    );
    // The app closed while the server was down, and opens again: still offline, not unreached.
    await backend.close();
    open.splice(0);
    const again = await laptop(dir);
    await eventually(async () =>
      expect(await must(again.backend, 'sync:status', {})).toMatchObject({ state: 'offline' }),
    );
    await server.restart();
    await eventually(
      async () => expect((await must(again.backend, 'sync:status', {})).state).toBe('idle'),
      30_000,
    );
  }, 60_000);

  it('forgets that the address answered when a new address is set', async () => {
    const { backend } = await laptop();
    await must(backend, 'sync:configure', { url: server.url, database, user: '' });
    expect(await must(backend, 'sync:test', {})).toMatchObject({ ok: true });
    await must(backend, 'sync:configure', { url: await deadAddress(), database, user: '' });
    expect(await must(backend, 'sync:start', {})).toMatchObject({
      state: 'unreached',
      error: { reason: 'never_reached' },
    });
  });
});
