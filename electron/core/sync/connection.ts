import type { SyncConfig, SyncTestResult } from '../../../shared/domain/sync';

export interface Credentials {
  username: string;
  password: string;
}

/** Which hosts sync may reach; every host in the app, loopback only in tests. */
export type HostGuard = (hostname: string) => boolean;

export const databaseUrl = (config: SyncConfig): string =>
  `${config.url.replace(/\/+$/, '')}/${encodeURIComponent(config.database)}`;

const TIMEOUT_MS = 10_000;

function headersFor(auth: Credentials | null): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (auth)
    headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  return headers;
}

async function getJson(url: string, auth: Credentials | null): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { headers: headersFor(auth), signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The server's welcome says who it is: Apache CouchDB, or a server that speaks its protocol. */
function serverName(body: unknown): string | null {
  if (!isObject(body)) return null;
  if (body.couchdb === 'Welcome') {
    return `Apache CouchDB ${typeof body.version === 'string' ? body.version : ''}`.trim();
  }
  if (typeof body['express-pouchdb'] === 'string') return 'PouchDB Server';
  return null;
}

/**
 * Asks the server who it is, then asks for the database as the member: each way it can go
 * wrong has its own reason, which the window translates.
 */
export async function testConnection(
  config: SyncConfig,
  auth: Credentials | null,
  allowed: HostGuard,
): Promise<SyncTestResult> {
  const fail = (reason: Exclude<SyncTestResult, { ok: true }>['reason'], detail: string): SyncTestResult => ({
    ok: false,
    reason,
    detail,
  });
  const host = new URL(config.url).hostname;
  if (!allowed(host)) return fail('unreachable', `${host} may not be reached from here`);
  let welcome: { status: number; body: unknown };
  try {
    welcome = await getJson(config.url, null);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return fail('unreachable', cause ?? (error instanceof Error ? error.message : String(error)));
  }
  const server = serverName(welcome.body);
  // CouchDB with require_valid_user answers the welcome only to a known user.
  if (!server && welcome.status !== 401) {
    return fail('not_couchdb', `The answer at ${config.url} (HTTP ${welcome.status}) is not CouchDB's`);
  }
  let db: { status: number; body: unknown };
  try {
    db = await getJson(databaseUrl(config), auth);
  } catch (error) {
    return fail('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (db.status === 401) return fail('unauthorised', 'The server does not accept this user and password');
  if (db.status === 403)
    return fail('forbidden', `${auth?.username ?? 'This user'} may not use ${config.database}`);
  if (db.status === 404) return fail('no_database', `The server has no database ${config.database}`);
  if (db.status !== 200 || !isObject(db.body) || typeof db.body.db_name !== 'string') {
    return fail('not_couchdb', `The database answer (HTTP ${db.status}) is not CouchDB's`);
  }
  const docCount = typeof db.body.doc_count === 'number' ? db.body.doc_count : 0;
  return { ok: true, server: server ?? 'CouchDB', documents: docCount };
}
