import { Partnership } from '../../../shared/domain/partnership';
import { AppFailure, toFieldIssues, type FieldIssue } from '../../../shared/ipc/errors';
import type { ServiceContext } from './context';
import { carryViews, positionOf } from './partnershipIndex';

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
  const list = ctx.store().data.partnerships;
  const at = positionOf(list, id);
  if (at === undefined) throw notFound(id);
  return list[at] as Partnership;
}

/** Replaces one partnership in a copy of the list; the change sees the latest stored version. */
export async function replacePartnership(
  ctx: ServiceContext,
  id: string,
  change: (current: Partnership) => Partnership,
): Promise<Partnership> {
  let saved: Partnership | undefined;
  await ctx.store().update((db) => {
    const at = positionOf(db.partnerships, id);
    if (at === undefined) throw notFound(id);
    const next = checked({
      ...change(db.partnerships[at] as Partnership),
      updatedAt: ctx.now().toISOString(),
    });
    const partnerships = db.partnerships.slice();
    partnerships[at] = next;
    carryViews(db.partnerships, partnerships, { kind: 'put', record: next });
    saved = next;
    return { ...db, partnerships };
  });
  return saved as Partnership;
}
