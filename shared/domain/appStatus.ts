import { z } from 'zod';

/** Why the store could not be opened; the UI explains each in the user's language. */
export const StoreProblemCode = z.enum([
  'EMPTY',
  'NOT_JSON',
  'INVALID',
  'TOO_NEW',
  'LOCKED',
  'UNREADABLE',
  /** The change journal is damaged mid-file: what precedes the damage is kept, the journal set aside. */
  'JOURNAL_DAMAGED',
]);
export type StoreProblemCode = z.infer<typeof StoreProblemCode>;

/** Who holds the data folder's lock, and whether the secretary may take it over. */
export const LockHolder = z.object({
  pid: z.number().int(),
  host: z.string(),
  since: z.string(),
  /** `held`: provably in use on this machine; the other two may be taken over after asking. */
  hold: z.enum(['held', 'uncertain', 'otherMachine']),
});
export type LockHolder = z.infer<typeof LockHolder>;

export const StoreProblem = z.object({
  code: StoreProblemCode,
  /** Where the damaged file was moved, so nothing is lost; null when it was left in place. */
  movedTo: z.string().nullable(),
  detail: z.string(),
  /** Schema version found in a file from a newer app. */
  foundVersion: z.number().int().nullable(),
  /** Only for LOCKED: the lock's holder, when its file could be read. */
  lock: LockHolder.optional(),
});
export type StoreProblem = z.infer<typeof StoreProblem>;

export const AppStatus = z.object({
  state: z.enum(['ready', 'recovery']),
  readOnly: z.boolean(),
  /** Why a folder opened read-only when the reason is known: the disk was full at start-up. */
  readOnlyReason: z.enum(['diskFull']).optional(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  transport: z.enum(['desktop', 'browser']),
  problem: StoreProblem.nullable(),
  /**
   * Set while the secretary explores the sample committee: a folder of its own, made for the
   * visit and deleted when she goes back, never mixed with her records.
   */
  sample: z.literal(true).optional(),
});
export type AppStatus = z.infer<typeof AppStatus>;
