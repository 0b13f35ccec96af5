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
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One invalid field: its path in the input and a machine code the UI translates. */
export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
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
  return issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: issueCode(issue),
    message: issue.message,
  }));
}

function issueCode(issue: z.core.$ZodIssue): string {
  // Our schemas put a snake_case key in `message` where zod's own code says too little.
  if (/^[a-z_]+$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return issue.minimum === 1 && issue.origin === 'string' ? 'required' : 'too_small';
    case 'too_big':
      // "Too large" read oddly under a name field: a text is too long, a number too large.
      return issue.origin === 'string' ? 'too_long' : 'too_big';
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid_email' : 'invalid_format';
    default:
      return issue.code;
  }
}
