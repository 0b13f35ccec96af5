import type { IncomingMessage } from 'node:http';

/** The per-tab secret, sent on every API call (never in a URL, so never in argv or history). */
export const TOKEN_HEADER = 'x-twinning-secret';
/** The one-time code from the opened URL, sent once to POST /api/session. */
export const CODE_HEADER = 'x-twinning-code';

export interface GuardOptions {
  port: number;
  /** True for a per-tab secret this host handed out (see sessions.ts). */
  accepts: (secret: string) => boolean;
}

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::ffff:127.0.0.1', '::1']);

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/**
 * Browser mode's defences: loopback peers only, the exact Host (against DNS rebinding),
 * no foreign Origin or cross-site fetch (against other sites in the same browser), and
 * a per-tab secret on every API call.
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
    // Secrets are compared by their SHA-256 in a Map, so timing says nothing about the secret.
    if (typeof given !== 'string' || given.length > 200 || !options.accepts(given)) {
      return { ok: false, status: 401, reason: 'missing or unknown secret' };
    }
  }
  return { ok: true };
}
