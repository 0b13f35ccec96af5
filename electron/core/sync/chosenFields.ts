import type { SyncConflict, SyncResolve } from '../../../shared/domain/sync';
import { AppFailure } from '../../../shared/ipc/errors';
import type { Fields } from './docs';

const unknownRev = (rev: string, path: (string | number)[]) =>
  new AppFailure('VALIDATION', `No version ${rev} of this record`, [
    { path, code: 'unknown_version', message: 'Not one of the versions in conflict' },
  ]);

/**
 * The record a member chose: one version whole (`keep`), or the winner with each named field
 * taken from the version she picked (`fields`). Every value comes from a real version, so a
 * merge can never invent data; a revision that is not one of the versions is refused.
 */
export function chosenFields(conflict: SyncConflict, choice: SyncResolve): Fields {
  const byRev = new Map([conflict.winner, ...conflict.others].map((v) => [v.rev, v]));
  if (choice.keep !== undefined && choice.fields === undefined) {
    const kept = byRev.get(choice.keep);
    if (!kept) throw unknownRev(choice.keep, ['keep']);
    return kept.fields;
  }
  if (choice.fields !== undefined && choice.keep === undefined) {
    const fields: Fields = { ...conflict.winner.fields };
    for (const [name, rev] of Object.entries(choice.fields)) {
      const from = byRev.get(rev);
      if (!from) throw unknownRev(rev, ['fields', name]);
      if (!(name in from.fields)) delete fields[name];
      else fields[name] = from.fields[name];
    }
    return fields;
  }
  throw new AppFailure('VALIDATION', 'Give either the version to keep or the field choices', [
    { path: ['keep'], code: 'keep_or_fields', message: 'Either keep or fields, not both or neither' },
  ]);
}
