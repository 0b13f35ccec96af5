import { z } from 'zod';

export const ErrorCode = z.enum([
  'VALIDATION',
  'TOO_LARGE',
  'NOT_FOUND',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'STORE_UNAVAILABLE',
  'STORE_READ_ONLY',
  'DISK_FULL',
  'PERMISSION_DENIED',
  'WRITE_FAILED',
  'BACKUP_DAMAGED',
  'ARCHIVE_INVALID',
  /** An erasure of a person is not finished: backups still hold them, so nothing may copy them out. */
  'ERASURE_PENDING',
  /** The backend's worker thread stopped (crashed, or the app is closing): nothing more is answered. */
  'CORE_STOPPED',
  /** Browser mode: the app's host does not answer (stopped or restarting). */
  'HOST_UNREACHABLE',
  /** Browser mode: the host does not know this tab (a bookmark, or a restart that forgot it). */
  'TAB_UNKNOWN',
  /** Something with the same identity exists; the issues name it, and the caller may confirm. */
  'DUPLICATE',
  /** The record changed since the window read it: reload and apply the edit again. */
  'CONFLICT',
  /** The change would break a rule between records (one charter per partnership…). */
  'INVARIANT',
  /** Sync holds two versions of this record: decide between them before deleting it. */
  'SYNC_CONFLICT',
  /** The secretary cancelled a long task before it changed anything. */
  'CANCELLED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One invalid field: its path in the input and a machine code the UI translates. */
export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
  /**
   * Numbers or names the translated message needs: the limit of a too long text or too many
   * entries (`limit`), a size and its maximum, an image's pixels.
   */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const AppError = z.object({
  code: ErrorCode,
  /** English, for logs and developers; the UI shows a translation chosen by `code`. */
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
});
export type AppError = z.infer<typeof AppError>;

/** Thrown inside the core only; the dispatcher turns it into an error value. */
export class AppFailure extends Error {
  readonly error: AppError;
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppFailure';
    this.error = issues ? { code, message, issues } : { code, message };
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** Turns zod issues into field issues with stable codes (zod's messages are English). */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const base = {
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: issueCode(issue),
      message: issue.message,
    };
    const limit =
      issue.code === 'too_big'
        ? Number(issue.maximum)
        : issue.code === 'too_small'
          ? Number(issue.minimum)
          : NaN;
    return Number.isFinite(limit) ? { ...base, params: { limit } } : base;
  });
}

/** A limit broken, named for what it limits: a text's length, a list's entries, or a number. */
function limitCode(kind: 'big' | 'small', origin: string): string {
  if (origin === 'string') return kind === 'big' ? 'too_long' : 'too_short';
  if (origin === 'array' || origin === 'set') return kind === 'big' ? 'too_many' : 'too_few';
  return kind === 'big' ? 'too_big' : 'too_small';
}

function issueCode(issue: z.core.$ZodIssue): string {
  // Our schemas put a snake_case key in `message` where zod's own code says too little.
  if (/^[a-z_]+$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return issue.minimum === 1 && issue.origin === 'string' ? 'required' : limitCode('small', issue.origin);
    case 'too_big':
      return limitCode('big', issue.origin);
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid_email' : 'invalid_format';
    default:
      return issue.code;
  }
}
