import { stat, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { startBrowserMode } from '../../../electron/host/browserMode';
import { DEVICE_FILE } from '../../../electron/host/deviceFile';
import { CODE_HEADER, TOKEN_HEADER } from '../../../electron/host/guard';
import { openBackend, removeDir, tempDataDir } from '../helpers/backend';
import { codeOf, openTab, rawPost } from './tab';

const invoke = (port: number, secret: string) =>
  rawPost(
    port,
    '/api/invoke',
    { host: `127.0.0.1:${port}`, 'content-type': 'application/json', [TOKEN_HEADER]: secret },
    JSON.stringify({ channel: 'committee:get', input: {} }),
  );

describe('browser mode across a restart', () => {
  let dir: string;
  let backend: Backend;
  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('comes back on the same address and still answers a tab opened before the restart', async () => {
    const first = await startBrowserMode({ backend, dataDir: dir, rendererDir: dir, warn: () => undefined });
    const secret = await openTab(first.host);
    const port = first.host.port;
    await first.close();

    const again = await startBrowserMode({ backend, dataDir: dir, rendererDir: dir, warn: () => undefined });
    try {
      expect(again.host.port).toBe(port);
      expect(again.portTaken).toBeNull();
      expect((await invoke(port, secret)).status).toBe(200);
      // Another last character, whatever the secret's own is.
      const forged = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
      expect((await invoke(port, forged)).status).toBe(401);
    } finally {
      await again.close();
    }
  });

  it('keeps only hashes in an owner-only device file, never a secret or a code', async () => {
    const mode = await startBrowserMode({ backend, dataDir: dir, rendererDir: dir, warn: () => undefined });
    const url = mode.host.url;
    const secret = await openTab(mode.host, url);
    await mode.close();
    const text = await readFile(join(dir, DEVICE_FILE), 'utf8');
    expect(text).not.toContain(secret);
    expect(text).not.toContain(codeOf(url));
    expect(JSON.parse(text)).toMatchObject({ port: mode.host.port });
    expect((await stat(join(dir, DEVICE_FILE))).mode & 0o077).toBe(0);
  });

  it('burns the code on first use, so a code seen in a command line opens nothing afterwards', async () => {
    const mode = await startBrowserMode({ backend, dataDir: dir, rendererDir: dir, warn: () => undefined });
    try {
      const url = mode.host.url;
      await openTab(mode.host, url);
      const replay = await rawPost(mode.host.port, '/api/session', {
        host: `127.0.0.1:${mode.host.port}`,
        [CODE_HEADER]: codeOf(url),
      });
      expect(replay.status).toBe(401);
      expect(replay.body).not.toContain('secret"');
    } finally {
      await mode.close();
    }
  });

  it('moves to another port, and says so, when another program took the usual one', async () => {
    const first = await startBrowserMode({ backend, dataDir: dir, rendererDir: dir, warn: () => undefined });
    const port = first.host.port;
    await first.close();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const again = await startBrowserMode({
        backend,
        dataDir: dir,
        rendererDir: dir,
        warn: () => undefined,
      });
      expect(again.host.port).not.toBe(port);
      expect(again.portTaken).toBe(port);
      await again.close();
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
