import { describe, expect, it } from 'vitest';
import { changeProblems } from '../../../../electron/core/store/invariants';
import type { ChangeSet } from '../../../../electron/core/store/records';
import { emptyStore, type StoreData } from '../../../../electron/core/store/schema';
import { activity, household, participant } from '../../shared/domain/activities/fixtures';

const meta = { rev: 1, updatedAt: '2026-11-02T10:00:00.000Z' };

function storeWith(assignments: { id: string; participantId: string; householdId: string }[]): StoreData {
  const db = emptyStore();
  return {
    ...db,
    activities: [{ ...activity({ partnershipIds: [] }), ...meta }] as StoreData['activities'],
    participants: [participant({ id: 'g1' }), participant({ id: 'g2' }), participant({ id: 'g3' })].map(
      (p) => ({
        ...p,
        ...meta,
      }),
    ),
    households: [{ ...household({ id: 'h1', beds: 2 }), ...meta }],
    hostAssignments: assignments.map((a) => ({ ...a, activityId: 'act1', manual: false, ...meta })),
  };
}
const put = (id: string): ChangeSet => [{ collection: 'hostAssignments', id, rev: 1, op: 'put' }];
const hostProblems = (db: StoreData, changes: ChangeSet) =>
  changeProblems(db, changes).filter((p) => !p.startsWith('activity '));

describe('the host placements kept consistent on every write', () => {
  it('accepts guests up to the household’s beds', () => {
    const db = storeWith([
      { id: 'a1', participantId: 'g1', householdId: 'h1' },
      { id: 'a2', participantId: 'g2', householdId: 'h1' },
    ]);
    expect(hostProblems(db, put('a2'))).toEqual([]);
  });

  it('refuses a household over its beds', () => {
    const db = storeWith([
      { id: 'a1', participantId: 'g1', householdId: 'h1' },
      { id: 'a2', participantId: 'g2', householdId: 'h1' },
      { id: 'a3', participantId: 'g3', householdId: 'h1' },
    ]);
    expect(hostProblems(db, put('a3'))).toEqual(['household h1 has 3 guests of activity act1 for 2 beds']);
  });

  it('refuses a guest placed twice', () => {
    const db = storeWith([
      { id: 'a1', participantId: 'g1', householdId: 'h1' },
      { id: 'a2', participantId: 'g1', householdId: 'h1' },
    ]);
    expect(hostProblems(db, put('a2'))).toEqual(['participant g1 is placed 2 times']);
  });

  it('refuses a placement naming a household or guest that does not exist', () => {
    const db = storeWith([
      { id: 'a1', participantId: 'nobody', householdId: 'h1' },
      { id: 'a2', participantId: 'g2', householdId: 'gone' },
    ]);
    expect(hostProblems(db, [...put('a1'), ...put('a2')])).toEqual([
      'hostAssignments a1: participant nobody does not exist',
      'hostAssignments a2: household gone does not exist',
    ]);
  });

  it('refuses to remove a household that still has placements', () => {
    const db = storeWith([{ id: 'a1', participantId: 'g1', householdId: 'h1' }]);
    const removed = { ...db, households: [] };
    expect(hostProblems(removed, [{ collection: 'households', id: 'h1', rev: 2, op: 'remove' }])).toEqual([
      'hostAssignments a1: household h1 does not exist',
    ]);
  });
});
