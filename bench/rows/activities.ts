import { matchHosts } from '../../shared/domain/activities/matching/matchHosts';
import { measure, row, type BenchRow } from '../measure';
import { benchGuests, benchHouseholds } from './activitiesData';

/** Suggestions for 300 guests in 200 households (about 400 beds), as the hosts tab asks for them. */
export async function hostsMatch(): Promise<BenchRow[]> {
  const guests = benchGuests(300);
  const households = benchHouseholds(200);
  const input = {
    activity: { from: '2027-06-10', to: '2027-06-14' },
    guests,
    households,
    manual: guests.slice(0, 20).map((g, i) => ({ participantId: g.id, householdId: `h${i * 3}` })),
    rules: { minorCheckValidMonths: 36 },
  };
  const s = await measure(() => matchHosts(input), { warmup: 5, runs: 30 });
  return [row('hosts.match.300x200', 'ms', s, 200)];
}
