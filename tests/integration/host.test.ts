import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { startHost, type Host } from '../../electron/host/server';
import { TOKEN_HEADER } from '../../electron/host/guard';
import { openTab } from './host/tab';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';
import { openBackend, removeDir, tempDataDir } from './helpers/backend';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch, because fetch will not send a forged Host header. */
function send(
  host: Host,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const INDEX = '<!doctype html><title>Twinning Desk test page</title>';

describe('the browser-mode host on the loopback', () => {
  let dataDir: string;
  let rendererDir: string;
  let backend: Backend;
  let host: Host;
  let secret: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    rendererDir = await tempDataDir();
    await writeFile(join(rendererDir, 'index.html'), INDEX);
    await mkdir(join(rendererDir, 'assets'));
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dataDir, 'secret.txt'), 'not for the web');
    backend = await openBackend(dataDir);
    host = await startHost({ backend, rendererDir });
    secret = await openTab(host);
  });
  afterAll(async () => {
    await host.close();
    await backend.close();
    await removeDir(dataDir);
    await removeDir(rendererDir);
  });

  const invoke = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
    send(host, '/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: secret, ...headers },
      body: JSON.stringify({ channel, input }),
    });

  it('prints a URL on 127.0.0.1 that carries a fresh one-time code each time, never the secret', () => {
    const [first, second] = [host.url, host.url];
    expect(first).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?code=[\\w-]{32}$`));
    expect(second).not.toBe(first);
    expect(first).not.toContain(secret);
    expect(secret.length).toBeGreaterThanOrEqual(43);
  });

  it('answers POST /api/invoke with the token through the same dispatch', async () => {
    const reply = await invoke('committee:get', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      data: { municipality: null, committee: null, members: [] },
    });
  });

  it('returns a validation error as a value over HTTP', async () => {
    const reply = await invoke('member:delete', { id: '' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: expect.arrayContaining([expect.objectContaining({ path: ['id'] })]),
      },
    });
  });

  it('refuses a call without the token with 401', async () => {
    const reply = await send(host, '/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"channel":"committee:get","input":{}}',
    });
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('members');
  });

  it('refuses a call with another Host, as after DNS rebinding, with 403', async () => {
    expect((await invoke('committee:get', {}, { host: `attacker.example:${host.port}` })).status).toBe(403);
  });

  it('refuses a call from a foreign Origin with 403', async () => {
    expect((await invoke('committee:get', {}, { origin: 'https://attacker.example' })).status).toBe(403);
  });

  it('answers a body that is not JSON with 400 and a VALIDATION value', async () => {
    const reply = await send(host, '/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: secret },
      body: '{oops',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('accepts only JSON posts, so a plain HTML form cannot call the API', async () => {
    const reply = await send(host, '/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', [TOKEN_HEADER]: secret },
      body: '{}',
    });
    expect(reply.status).toBe(415);
  });

  it('serves index.html at / with the CSP and no CORS header', async () => {
    const reply = await send(host, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX);
    expect(reply.headers['content-type']).toContain('text/html');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("serves the renderer's assets", async () => {
    const reply = await send(host, '/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('text/javascript');
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      `/..%2f${dataDir.split('/').pop()}/secret.txt`,
      '/%ZZ',
    ]) {
      const reply = await send(host, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('not for the web');
    }
  });

  it('refuses pages to a foreign Host too', async () => {
    expect((await send(host, '/', { headers: { host: 'attacker.example' } })).status).toBe(403);
  });
});
