import { describe, expect, it } from 'vitest';
import { printableEvent, staysOf } from '../../../../../shared/domain/activities/documents/printable';
import { matchHosts } from '../../../../../shared/domain/activities/matching/matchHosts';
import {
  assignmentsFromMatch,
  manualChoices,
} from '../../../../../shared/domain/activities/matching/toAssignments';
import { link } from '../partnershipFixture';
import { activity, household, participant } from './fixtures';

describe('documents from stored records', () => {
  it('names the home town or the partner town that hosts', () => {
    const home = { name: 'Sibiu', country: 'RO' };
    expect(printableEvent(activity({ host: 'home' }), home, [link()]).hostTown).toEqual(home);
    expect(printableEvent(activity({ host: 't1' }), home, [link()]).hostTown).toEqual({
      name: 'Landshut',
      country: 'DE',
    });
    expect(printableEvent(activity({ host: null }), home, [link()]).hostTown).toBeNull();
  });

  it('turns accepted suggestions into stays, with the guests still without a host', () => {
    const [a, b, c] = [
      participant({ name: 'Zoé' }),
      participant({ name: 'Anna' }),
      participant({ name: 'Ben' }),
    ];
    const local = participant({ origin: 'local', needsHost: false });
    const h = household({ beds: 2, name: 'Familia Popescu' });
    const result = matchHosts({
      activity: { from: '2027-06-10', to: '2027-06-14' },
      guests: [a, b, c],
      households: [h],
      manual: [{ participantId: a.id, householdId: h.id }],
      rules: { minorCheckValidMonths: null },
    });
    const stored = assignmentsFromMatch(result, 'act1').map((x, i) => ({ ...x, id: `as${i}` }));
    expect(manualChoices(stored, 'act1')).toEqual([{ participantId: a.id, householdId: h.id }]);
    const { stays, unplaced } = staysOf('act1', stored, [a, b, c, local], [h]);
    expect(stays.map((s) => [s.household.name, s.guests.map((g) => g.name)])).toEqual([
      ['Familia Popescu', ['Anna', 'Zoé']],
    ]);
    expect(unplaced.map((p) => p.name)).toEqual(['Ben']);
  });
});
