import fc from 'fast-check';
import { IncomingMessage, request as httpRequest } from 'node:http';
import { connect, Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { checkRequest, TOKEN_HEADER } from '../../../electron/host/guard';
import { startHost, type Host } from '../../../electron/host/server';
import { openTab } from './tab';
import {
  manualTimers,
  municipality,
  must,
  openBackendWith,
  removeDir,
  tempDataDir,
} from '../helpers/backend';

const SECRET_TOWN = 'Secret-Town-7f3a';
let dir: string;
let backend: Backend;
let host: Host;
let dispatched = 0;
let secret: string;

beforeAll(async () => {
  dir = await tempDataDir('twinning-host-');
  backend = await openBackendWith(dir, { timers: manualTimers().timers });
  await must(backend, 'municipality:save', municipality(SECRET_TOWN));
  const counted: Backend = {
    ...backend,
    dispatch: (channel, input) => (dispatched++, backend.dispatch(channel, input)),
  };
  host = await startHost({ backend: counted, rendererDir: dir });
  secret = await openTab(host);
});
afterAll(async () => {
  await host.close();
  await backend.close();
  await removeDir(dir);
});

interface Reply {
  status: number;
  body: string;
}

/** node:http, because fetch refuses to send a forged Host or Sec-Fetch-Site header. */
function post(
  path: string,
  headers: Record<string, string>,
  body = JSON.stringify({ channel: 'committee:get', input: {} }),
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: 'POST', headers },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const good = () => ({
  host: `127.0.0.1:${host.port}`,
  [TOKEN_HEADER]: secret,
  'content-type': 'application/json',
});

describe('browser-mode host over a real socket', () => {
  it('answers a well-formed call, so the refusals below are about the headers alone', async () => {
    const reply = await post('/api/invoke', good());
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(SECRET_TOWN);
  });

  it('refuses generated Host, Origin, Sec-Fetch-Site and token headers unless all are right, leaking nothing', async () => {
    const before = dispatched;
    let refused = 0;
    const header = (right: string, wrong: fc.Arbitrary<string>) => fc.oneof(fc.constant(right), wrong);
    await fc.assert(
      fc.asyncProperty(
        header(
          `127.0.0.1:${host.port}`,
          fc.constantFrom(
            'evil.example',
            `localhost.evil.example:${host.port}`,
            `127.0.0.1:${host.port + 1}`,
            `127.0.0.2:${host.port}`,
            `[::1]:${host.port}`,
            'localhost',
          ),
        ),
        fc.option(
          header(
            `http://127.0.0.1:${host.port}`,
            fc.constantFrom(
              'https://evil.example',
              `http://127.0.0.1:${host.port}.evil.example`,
              'null',
              `https://127.0.0.1:${host.port}`,
            ),
          ),
          { nil: undefined },
        ),
        fc.option(header('same-origin', fc.constantFrom('cross-site', 'same-site', 'SAME-ORIGIN', '')), {
          nil: undefined,
        }),
        header(
          secret,
          fc.oneof(
            fc.constant(''),
            fc.constant(secret.slice(1)),
            fc.constant(`${secret}x`),
            fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
          ),
        ),
        async (hostHeader, origin, site, token) => {
          const headers: Record<string, string> = {
            host: hostHeader,
            [TOKEN_HEADER]: token,
            'content-type': 'application/json',
          };
          if (origin !== undefined) headers.origin = origin;
          if (site !== undefined) headers['sec-fetch-site'] = site;
          const allRight =
            hostHeader === `127.0.0.1:${host.port}` &&
            token === secret &&
            (origin === undefined || origin === `http://127.0.0.1:${host.port}`) &&
            (site === undefined || site === 'same-origin');
          const countBefore = dispatched;
          const reply = await post('/api/invoke', headers);
          if (allRight) {
            expect(reply.status).toBe(200);
          } else {
            refused++;
            expect([401, 403]).toContain(reply.status);
            expect(reply.body).not.toContain(SECRET_TOWN);
            expect(dispatched, 'a refused request never reaches the handlers').toBe(countBefore);
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(50);
    expect(dispatched).toBeGreaterThan(before);
  });

  it('refuses the event stream without the token, so changes are not announced to other sites', async () => {
    const { [TOKEN_HEADER]: _omitted, ...withoutToken } = good();
    const reply = await post('/api/events', withoutToken, '');
    expect(reply.status).toBe(401);
  });

  it('refuses a peer that is not on the loopback interface, even with the right token', () => {
    for (const remoteAddress of ['192.168.1.20', '10.0.0.5', '::ffff:192.168.1.20', 'fe80::1', '']) {
      const socket = new Socket();
      Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
      const req = new IncomingMessage(socket);
      req.headers = { host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: secret };
      expect(checkRequest(req, { port: host.port, accepts: host.sessions.accepts }, true)).toMatchObject({
        ok: false,
        status: 403,
      });
    }
  });

  it('listens on 127.0.0.1 only: the same port on every other address of this machine refuses connections', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of others) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: host.port });
        socket.once('connect', () => (socket.destroy(), resolve('connected')));
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, address).toBe('ECONNREFUSED');
    }
    expect(host.url.startsWith(`http://127.0.0.1:${host.port}/`)).toBe(true);
  });
});
