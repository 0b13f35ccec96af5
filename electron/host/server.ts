import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';
import { hasBytes } from '../../shared/ipc/bytes';
import type { Result } from '../../shared/ipc/errors';
import { decodeFrame, encodeFrame, FRAME_TYPE } from '../../shared/ipc/frame';
import type { Backend } from '../core/backend';
import { checkRequest, CODE_HEADER } from './guard';
import { createSessions, type Sessions } from './sessions';
import { readStatic } from './staticFiles';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HostOptions {
  backend: Backend;
  rendererDir: string;
  /** A port that must be used (fails when taken). */
  port?: number;
  /** A port to use when free (the one this data folder had last time), else any free one. */
  preferredPort?: number;
  /** The per-tab secrets; a fresh set (nothing remembered) when not given. */
  sessions?: Sessions;
}

export interface Host {
  port: number;
  sessions: Sessions;
  /** A fresh address with a new one-time code each time it is read. */
  readonly url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const invalid = (message: string): Result<never> => ({ ok: false, error: { code: 'VALIDATION', message } });

/** The call in a request body: JSON, or a binary frame when the input carries bytes. */
function readCall(
  type: string,
  body: Buffer,
): { ok: true; message: unknown } | { ok: false; result: Result<never> } {
  if (type.startsWith(FRAME_TYPE)) {
    const decoded = decodeFrame(body);
    return decoded.ok ? { ok: true, message: decoded.value } : { ok: false, result: invalid(decoded.reason) };
  }
  try {
    return { ok: true, message: JSON.parse(body.toString('utf8')) };
  } catch {
    return { ok: false, result: invalid('The request is not JSON') };
  }
}

async function handleInvoke(req: IncomingMessage, res: ServerResponse, backend: Backend): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json') && !type.startsWith(FRAME_TYPE)) {
    return sendJson(res, 415, { error: `application/json or ${FRAME_TYPE} only` });
  }
  const body = await readBody(req);
  if (body === null) {
    const tooLarge: Result<never> = {
      ok: false,
      error: { code: 'TOO_LARGE', message: 'The request is too large' },
    };
    return sendJson(res, 413, tooLarge);
  }
  const call = readCall(type, body);
  if (!call.ok) return sendJson(res, 400, call.result);
  const { channel, input } = (call.message ?? {}) as { channel?: unknown; input?: unknown };
  const result = await backend.dispatch(channel, input);
  // Bytes in the answer (a PDF, an archive) go back as they are, in a frame; the rest as JSON.
  if (hasBytes(result)) return send(res, 200, FRAME_TYPE, encodeFrame(result));
  sendJson(res, 200, result);
}

function handleEvents(req: IncomingMessage, res: ServerResponse, backend: Backend): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream' });
  res.write(': connected\n\n');
  const unsubscribe = backend.events.subscribe((event, payload) => {
    res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  req.on('close', unsubscribe);
}

/** POST /api/session: a one-time code from the URL becomes this tab's secret; the code dies. */
function handleSession(req: IncomingMessage, res: ServerResponse, sessions: Sessions): void {
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
  const code = req.headers[CODE_HEADER];
  const secret = typeof code === 'string' && code.length <= 100 ? sessions.exchange(code) : null;
  if (secret === null) return sendJson(res, 401, { error: 'code unknown, used or expired' });
  sendJson(res, 200, { secret });
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Browser mode: the renderer and the same handlers as the desktop app, on loopback only. */
export async function startHost(options: HostOptions): Promise<Host> {
  const sessions = options.sessions ?? createSessions();
  let port = options.port ?? options.preferredPort ?? 0;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const isSession = url.pathname === '/api/session';
    const verdict = checkRequest(req, { port, accepts: sessions.accepts }, isApi && !isSession);
    if (!verdict.ok) return sendJson(res, verdict.status, { error: verdict.reason });
    if (isSession) return handleSession(req, res, sessions);
    if (url.pathname === '/api/invoke') {
      handleInvoke(req, res, options.backend).catch(() => sendJson(res, 500, { error: 'internal' }));
      return;
    }
    if (url.pathname === '/api/events') return handleEvents(req, res, options.backend);
    if (isApi) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'GET only' });
    readStatic(options.rendererDir, url.pathname).then(
      (file) => (file ? send(res, 200, file.type, file.body) : send(res, 404, 'text/plain', 'Not found')),
      () => send(res, 500, 'text/plain', 'Error'),
    );
  });

  try {
    await listen(server, port);
  } catch (error) {
    // The folder's usual port is taken (another program): any free one, and a new address.
    if (options.port !== undefined || port === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
      throw error;
    }
    port = 0;
    await listen(server, port);
  }
  port = (server.address() as AddressInfo).port;

  return {
    port,
    sessions,
    get url() {
      return `http://127.0.0.1:${port}/?code=${sessions.issueCode()}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
