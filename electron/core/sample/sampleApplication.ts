import { addDays } from '../../../shared/domain/activities/dates';
import { daysFrom, sampleWriter, type Dispatch } from './write';

const PROGRAMME = 'erasmus-youth-exchanges';

/**
 * An Erasmus+ application for the youth exchange, being drafted, its deadline two months
 * ahead, under the newest call of the programme the app ships, and checked against it.
 */
export async function seedSampleFunding(
  dispatch: Dispatch,
  youthExchange: { id: string; startDate: string; endDate: string },
  today: Date,
): Promise<void> {
  const must = sampleWriter(dispatch, 'funding application');
  const calls = (await must('funding:programmes', {}))
    .filter((p) => p.ref.programmeId === PROGRAMME && p.ref.recordId === null)
    .map((p) => p.ref.callYear)
    .sort((a, b) => b - a);
  const callYear = calls[0];
  if (callYear === undefined) throw new Error(`The sample needs the shipped programme ${PROGRAMME}.`);
  const application = await must('funding:saveApplication', {
    title: 'Rivers of two towns: Erasmus+ youth exchange',
    programme: { programmeId: PROGRAMME, callYear, recordId: null },
    activityIds: [youthExchange.id],
    applicants: [
      { name: 'Asociația Înfrățirea Buziaș', country: 'RO', kind: 'twinningCommittee', lead: true },
      { name: 'Comité de jumelage d’Ornans', country: 'FR', kind: 'twinningCommittee', lead: false },
    ],
    projectStart: addDays(youthExchange.startDate, -60),
    projectEnd: addDays(youthExchange.endDate, 30),
    deadline: { date: daysFrom(today, 60), time: '12:00', timeZone: 'Europe/Brussels' },
    internalDaysBefore: 14,
    checklist: [],
    amounts: { requested: { amount: 950000, currency: 'EUR' }, awarded: null, advanced: null, paid: null },
    plannedCosts: { amount: 1120000, currency: 'EUR' },
    notes: 'Sample data.',
  });
  const drafting = await must('funding:setApplicationStatus', {
    id: application.id,
    rev: application.rev,
    status: 'drafting',
    date: daysFrom(today, 0),
    note: 'Sample data: the partners agreed on the programme.',
  });
  // Checked once, so its page shows every rule the exchange meets.
  await must('funding:check', { id: drafting.id });
}
