import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkRequest, TOKEN_HEADER } from '../../../electron/host/guard';

const PORT = 5199;
const TOKEN = 'per-launch-token-0123456789';
const options = { port: PORT, accepts: (secret: string) => secret === TOKEN };

/** A request that never touched the network: the peer address and headers are set by hand. */
function request(
  headers: Record<string, string>,
  remoteAddress: string | null = '127.0.0.1',
): IncomingMessage {
  const socket = Object.defineProperty(new Socket(), 'remoteAddress', { value: remoteAddress ?? undefined });
  return Object.assign(new IncomingMessage(socket), { headers });
}

const good = { host: `127.0.0.1:${PORT}`, [TOKEN_HEADER]: TOKEN };

describe('checkRequest', () => {
  it('lets through an API call from the app itself with the token', () => {
    expect(
      checkRequest(
        request({ ...good, origin: `http://127.0.0.1:${PORT}`, 'sec-fetch-site': 'same-origin' }),
        options,
        true,
      ),
    ).toEqual({ ok: true });
  });

  it('accepts localhost as the Host too', () => {
    expect(checkRequest(request({ ...good, host: `localhost:${PORT}` }), options, true)).toEqual({
      ok: true,
    });
  });

  it('lets a page load through without a token, since the tab gets its secret by trading the one-time code in its URL', () => {
    expect(
      checkRequest(request({ host: `127.0.0.1:${PORT}`, 'sec-fetch-site': 'none' }), options, false),
    ).toEqual({ ok: true });
  });

  it('answers an API call without a token with 401', () => {
    expect(checkRequest(request({ host: good.host }), options, true)).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it('answers an API call with a wrong token with 401', () => {
    expect(
      checkRequest(request({ ...good, [TOKEN_HEADER]: 'per-launch-token-0123456780' }), options, true),
    ).toMatchObject({ ok: false, status: 401 });
  });

  it('answers a token of a different length with 401 rather than throwing', () => {
    expect(checkRequest(request({ ...good, [TOKEN_HEADER]: 'x' }), options, true)).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it('refuses a foreign Host, as a DNS-rebinding page would send, with 403', () => {
    expect(checkRequest(request({ ...good, host: `evil.example:${PORT}` }), options, true)).toMatchObject({
      ok: false,
      status: 403,
      reason: 'foreign Host',
    });
  });

  it('refuses the right host on another port', () => {
    expect(checkRequest(request({ ...good, host: '127.0.0.1:80' }), options, false)).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('refuses a request without a Host header', () => {
    expect(checkRequest(request({ [TOKEN_HEADER]: TOKEN }), options, true)).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('refuses a foreign Origin even with the right token', () => {
    expect(checkRequest(request({ ...good, origin: 'https://evil.example' }), options, true)).toMatchObject({
      ok: false,
      status: 403,
      reason: 'foreign Origin',
    });
  });

  it('refuses the "null" Origin of a sandboxed frame or file page', () => {
    expect(checkRequest(request({ ...good, origin: 'null' }), options, true)).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('refuses a cross-site fetch that carries no Origin', () => {
    expect(checkRequest(request({ ...good, 'sec-fetch-site': 'cross-site' }), options, true)).toMatchObject({
      ok: false,
      status: 403,
      reason: 'cross-site request',
    });
  });

  it('refuses a same-site request from another port of the loopback', () => {
    expect(checkRequest(request({ ...good, 'sec-fetch-site': 'same-site' }), options, false)).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('refuses a peer that is not on the loopback, even with the token', () => {
    expect(checkRequest(request(good, '192.168.1.20'), options, true)).toMatchObject({
      ok: false,
      status: 403,
      reason: 'not a loopback peer',
    });
  });

  it('refuses a request whose peer address is unknown', () => {
    expect(checkRequest(request(good, null), options, true)).toMatchObject({ ok: false, status: 403 });
  });

  it('accepts the IPv4-mapped loopback address', () => {
    expect(checkRequest(request(good, '::ffff:127.0.0.1'), options, true)).toEqual({ ok: true });
  });
});
