import type { z } from 'zod';
import { AppFailure, toFieldIssues, type FieldIssue } from '../../../shared/ipc/errors';
import type { Tx } from '../store/transaction';

export function invalid(message: string, issue: Omit<FieldIssue, 'message'>): AppFailure {
  return new AppFailure('VALIDATION', message, [{ ...issue, message }]);
}

/** Checks a record against its domain schema before it is written, with field-level issues. */
export function checkedWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppFailure('VALIDATION', `The ${what} would not be valid`, toFieldIssues(result.error.issues));
}

/** A money record may name an activity; it must be one the store holds. */
export function requireActivity(tx: Tx, activityId: string | null): void {
  if (activityId !== null && !tx.get('activities', activityId)) {
    throw invalid(`No activity ${activityId}`, { path: ['activityId'], code: 'unknown_activity' });
  }
}

export const notFound = (what: string, id: string) => new AppFailure('NOT_FOUND', `No ${what} with id ${id}`);

/** Drops the store's bookkeeping (id, rev, updatedAt) to get the fields a service writes. */
export function fieldsOf<T extends { id?: string; rev?: number }>(draft: T): Omit<T, 'id' | 'rev'> {
  const { id: _id, rev: _rev, ...fields } = draft;
  return fields;
}
