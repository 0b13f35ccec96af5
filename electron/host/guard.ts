import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-twinning-token';

export interface GuardOptions {
  port: number;
  token: string;
}

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::ffff:127.0.0.1', '::1']);

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Browser mode's defences: loopback peers only, the exact Host (against DNS rebinding),
 * no foreign Origin or cross-site fetch (against other sites in the same browser), and
 * the per-launch token on every API call.
 */
export function checkRequest(req: IncomingMessage, options: GuardOptions, needsToken: boolean): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${options.port}`, `localhost:${options.port}`];
  if (!LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '')) {
    return { ok: false, status: 403, reason: 'not a loopback peer' };
  }
  if (!allowedHosts.includes(req.headers.host ?? ''))
    return { ok: false, status: 403, reason: 'foreign Host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return { ok: false, status: 403, reason: 'foreign Origin' };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, reason: 'cross-site request' };
  }
  if (needsToken) {
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameToken(given, options.token)) {
      return { ok: false, status: 401, reason: 'missing or wrong token' };
    }
  }
  return { ok: true };
}
