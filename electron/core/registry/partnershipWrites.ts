import { Partnership } from '../../../shared/domain/partnership';
import { AppFailure, toFieldIssues, type FieldIssue } from '../../../shared/ipc/errors';
import { findById } from '../store/recordIndex';
import type { Tx } from '../store/transaction';
import type { ServiceContext } from '../context';

export function notFound(id: string): AppFailure {
  return new AppFailure('NOT_FOUND', `No partnership with id ${id}`);
}

export function invalid(message: string, issue: Omit<FieldIssue, 'message'>): AppFailure {
  return new AppFailure('VALIDATION', message, [{ ...issue, message }]);
}

/**
 * Checks one record before it is written. The store is not re-validated as a whole on
 * each write (30,000 links would make every click slow), so each change is checked here.
 */
export function checked(p: Partnership): Partnership {
  const result = Partnership.safeParse(p);
  if (result.success) return result.data;
  throw new AppFailure(
    'VALIDATION',
    'The partnership would not be valid',
    toFieldIssues(result.error.issues),
  );
}

export function findPartnership(ctx: ServiceContext, id: string): Partnership {
  const found = findById(ctx.store().data.partnerships, id);
  if (!found) throw notFound(id);
  return found;
}

/** Replaces one partnership inside a transaction; the change sees the latest stored version. */
export function replaceIn(
  tx: Tx,
  id: string,
  change: (current: Partnership) => Partnership,
  baseRev?: number,
): Partnership {
  const current = tx.get('partnerships', id);
  if (!current) throw notFound(id);
  const next = checked({ ...change(current), updatedAt: tx.now.toISOString() });
  return tx.put('partnerships', next, baseRev);
}

export async function replacePartnership(
  ctx: ServiceContext,
  id: string,
  change: (current: Partnership) => Partnership,
  baseRev?: number,
): Promise<Partnership> {
  const { value } = await ctx.store().transaction((tx) => replaceIn(tx, id, change, baseRev));
  return value;
}
