import { z } from 'zod';

/**
 * Sync with the committee's CouchDB database (issue 17): what the window sends and is shown.
 * The password is never part of the saved setup: it is sent with the call that needs it and
 * kept in the core's memory for the session.
 */

/** CouchDB's rule for database names. */
export const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

const ServerUrl = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'not_server_url')
  .refine((text) => {
    try {
      const url = new URL(text);
      return !url.search && !url.hash;
    } catch {
      return true;
    }
  }, 'not_server_url');

export const SyncConfig = z.object({
  /** The server's address, e.g. https://couch.example.org or http://127.0.0.1:5984 (no user or password in it). */
  url: ServerUrl,
  database: z.string().trim().min(1).max(238).regex(DATABASE_NAME, 'not_database_name'),
  /** Empty for a server open to all (a test server); otherwise the member's CouchDB user. */
  user: z.string().trim().max(200),
});
export type SyncConfig = z.infer<typeof SyncConfig>;

const Password = z.string().max(1000);

export const SyncSetup = SyncConfig.extend({ password: Password.optional() });
export type SyncSetup = z.infer<typeof SyncSetup>;

/** For test and start: a password given now, or the one kept since the last call. */
export const SyncCredentials = z.object({ password: Password.optional() });

export const SyncFailureReason = z.enum([
  /** No answer: wrong address, offline, the server is down. */
  'unreachable',
  /** The server does not know this user and password. */
  'unauthorised',
  /** The user is known but not a member of this database. */
  'forbidden',
  /** Something answers, but it does not speak CouchDB's protocol. */
  'not_couchdb',
  /** The server has no database of that name (whoever runs the server creates it). */
  'no_database',
  /** Nothing set up yet. */
  'not_configured',
]);
export type SyncFailureReason = z.infer<typeof SyncFailureReason>;

export const SyncTestResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    server: z.string(),
    documents: z.int().min(0),
    /** What the server lets this member do, where it says (`read`: a read-only member). */
    access: z.enum(['edit', 'read']).nullable().optional(),
  }),
  z.object({ ok: z.literal(false), reason: SyncFailureReason, detail: z.string() }),
]);
export type SyncTestResult = z.infer<typeof SyncTestResult>;

export const SyncState = z.enum([
  'off',
  /** Replicating right now. */
  'active',
  /** Up to date; waiting for the next change on either side. */
  'idle',
  /** The server answered before and cannot be reached now; retrying with growing pauses, nothing is lost meanwhile. */
  'offline',
  /**
   * Not started: nothing ever answered at this address since it was set (a wrong address, or
   * no network at the first start). Never retried on its own, unlike `offline`.
   */
  'unreached',
  /** Stopped by an error that a retry will not cure (refused credentials, a missing database). */
  'error',
]);
export type SyncState = z.infer<typeof SyncState>;

/** Where the member's password is kept on this laptop (never in the data folder's records). */
export const SyncPasswordKeeping = z.object({
  /** `os`: encrypted by the OS's secret store (desktop app); `session`: in memory until the app closes. */
  where: z.enum(['os', 'session']),
  /**
   * Why not with the OS: `no_secret_store` (browser mode has none), `encryption_unavailable`
   * (the OS cannot encrypt now), `weak_backend` (Linux without a keyring: a fixed, public key).
   */
  reason: z.enum(['no_secret_store', 'encryption_unavailable', 'weak_backend']).nullable(),
  /** Whether a password is known for the current setup (so sync can start without asking). */
  known: z.boolean(),
});
export type SyncPasswordKeeping = z.infer<typeof SyncPasswordKeeping>;

/**
 * What the server lets this member do: `edit`, or `read` (a read-only member: pull works,
 * local changes are kept on this laptop and never sent). Null while unknown.
 */
export const SyncAccess = z.enum(['edit', 'read']);
export type SyncAccess = z.infer<typeof SyncAccess>;

export const SyncStatus = z.object({
  configured: z.boolean(),
  state: SyncState,
  lastSyncedAt: z.string().nullable(),
  /** Local changes not yet sent to the server; null while sync is off. */
  pending: z.int().min(0).nullable(),
  conflicts: z.int().min(0),
  /** Documents from the server that this version cannot read (a newer app wrote them); kept, not applied. */
  unreadable: z.int().min(0),
  password: SyncPasswordKeeping.optional(),
  access: SyncAccess.nullable().optional(),
  /**
   * Erased records (document ids) whose old versions the server still holds until it is
   * compacted and purged; whoever runs the server does it where this member may not.
   */
  awaitingPurge: z.array(z.string()).optional(),
  error: z
    .object({
      /**
       * `password_needed`: sync was on when the app closed; the password is asked again, never stored.
       * `never_reached`: the address has not answered since it was set, so sync did not start.
       */
      reason: SyncFailureReason.or(z.enum(['denied', 'failed', 'password_needed', 'never_reached'])),
      detail: z.string(),
    })
    .nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

const FieldValues = z.record(z.string(), z.unknown());

export const SyncVersion = z.object({
  /** PouchDB's revision of this version. */
  rev: z.string(),
  writtenAt: z.string(),
  fields: FieldValues,
});
export type SyncVersion = z.infer<typeof SyncVersion>;

export const SyncConflict = z.object({
  collection: z.string(),
  id: z.string(),
  /** The version replication chose, the same on every laptop; the store holds it now. */
  winner: SyncVersion,
  /** The versions that lost, kept until a member decides. */
  others: z.array(SyncVersion).min(1),
  /** The top-level fields whose values differ between the versions. */
  differing: z.array(z.string()),
});
export type SyncConflict = z.infer<typeof SyncConflict>;

export const SyncResolve = z.object({
  collection: z.string().min(1).max(40),
  id: z.string().min(1).max(200),
  /** Keep one version whole… */
  keep: z.string().min(1).max(200).optional(),
  /** …or merge: for each differing field, the revision whose value to keep (the others keep the winner's). */
  fields: z.record(z.string().min(1).max(200), z.string().min(1).max(200)).optional(),
});
export type SyncResolve = z.infer<typeof SyncResolve>;
