import { describe, expect, it } from 'vitest';
import { chosenFields } from '../../../../electron/core/sync/chosenFields';
import type { SyncConflict } from '../../../../shared/domain/sync';
import { AppFailure } from '../../../../shared/ipc/errors';

const conflict: SyncConflict = {
  collection: 'members',
  id: 'm1',
  winner: {
    rev: '2-a',
    writtenAt: '2026-11-20T09:00:00.000Z',
    fields: { id: 'm1', role: 'chair', phone: '' },
  },
  others: [
    {
      rev: '2-b',
      writtenAt: '2026-11-20T09:05:00.000Z',
      fields: { id: 'm1', role: 'treasurer', phone: '+40 1', email: 'a@example.org' },
    },
  ],
  differing: ['email', 'phone', 'role'],
};
const base = { collection: 'members', id: 'm1' };
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppFailure ? error.error.issues?.[0]?.code : 'other';
  }
  return 'none';
};

describe('what a member chose in a conflict', () => {
  it('keeps one version whole', () => {
    expect(chosenFields(conflict, { ...base, keep: '2-b' })).toEqual(conflict.others[0]?.fields);
  });

  it('merges field by field, the rest staying as the winner has it, a field absent in the pick removed', () => {
    expect(chosenFields(conflict, { ...base, fields: { role: '2-b' } })).toEqual({
      id: 'm1',
      role: 'treasurer',
      phone: '',
    });
    expect(
      chosenFields(
        { ...conflict, winner: conflict.others[0]!, others: [conflict.winner] },
        { ...base, fields: { email: '2-a' } },
      ),
    ).toEqual({
      id: 'm1',
      role: 'treasurer',
      phone: '+40 1',
    });
  });

  it('refuses a revision that is not one of the versions, and a choice that is both or neither', () => {
    expect(codeOf(() => chosenFields(conflict, { ...base, keep: '9-z' }))).toBe('unknown_version');
    expect(codeOf(() => chosenFields(conflict, { ...base, fields: { role: '9-z' } }))).toBe(
      'unknown_version',
    );
    expect(codeOf(() => chosenFields(conflict, base))).toBe('keep_or_fields');
    expect(codeOf(() => chosenFields(conflict, { ...base, keep: '2-a', fields: {} }))).toBe('keep_or_fields');
  });
});
