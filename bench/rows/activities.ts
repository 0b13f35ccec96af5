import { buildParticipantListDoc } from '../../electron/core/pdf/builders/activities/buildParticipantListDoc';
import type { PrintableEvent } from '../../electron/core/pdf/builders/activities/types';
import { renderPdf } from '../../electron/core/pdf/renderPdf';
import { signatureLists } from '../../shared/domain/activities/documents/lists';
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

/** The signed lists for 200 invited participants from 10 towns (10 lists, about 20 pages), warm. */
export async function pdfParticipantList(): Promise<BenchRow[]> {
  const event: PrintableEvent = {
    title: 'Europe at home: youth exchange',
    kind: 'youthExchange',
    startDate: '2027-06-10',
    endDate: '2027-06-14',
    hostTown: { name: 'Sibiu', country: 'RO' },
    venue: { name: 'Casa Tineretului', address: 'Str. Mitropoliei 10' },
    programme: [
      {
        date: '2027-06-10',
        items: [{ time: '18:00', title: 'Welcome dinner', place: 'Town hall', note: '' }],
      },
      {
        date: '2027-06-11',
        items: [{ time: '10:00', title: 'Workshop: a school orchard', place: '', note: '' }],
      },
    ],
    themes: [],
  };
  const lists = signatureLists(benchGuests(200), 'ro');
  const s = await measure(
    () => renderPdf(() => buildParticipantListDoc({ event, lists, langs: ['ro', 'de'] })),
    {
      warmup: 3,
      runs: 15,
    },
  );
  return [row('pdf.participant-list.200', 'ms', s, 300)];
}
