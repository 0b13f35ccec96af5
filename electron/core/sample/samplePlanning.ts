import { addDays } from '../../../shared/domain/activities/dates';
import { weekStart } from '../../../shared/domain/plan/task';
import { daysFrom, sampleWriter, type Dispatch } from './write';

export interface SamplePlanningRefs {
  ornansId: string;
  /** The chair and the secretary. */
  memberIds: [string, string];
  youthExchangeId: string;
  choirVisitId: string;
}

/**
 * The sample committee's planning: a three-year plan with Ornans whose actions the two
 * activities carry out (one action of this year already done), last week's committee meeting
 * with its agenda, minutes and a decision made a task, and one more task due this week.
 */
export async function seedSamplePlanning(
  dispatch: Dispatch,
  refs: SamplePlanningRefs,
  today: Date,
): Promise<void> {
  const must = sampleWriter(dispatch, 'plan and meeting');
  const year = today.getFullYear();
  const [chair, secretary] = refs.memberIds;
  let plan = await must('plan:start', { partnershipId: refs.ornansId, firstYear: year });
  const actions = [
    {
      title: 'Exchange the towns’ newsletters every season',
      year,
      activityIds: [],
      ownerId: secretary,
      status: 'done' as const,
      note: 'Sample data.',
    },
    {
      title: 'A youth exchange on the rivers of both towns',
      year: year + 1,
      activityIds: [refs.youthExchangeId],
      ownerId: chair,
      status: 'agreed' as const,
      note: 'Sample data.',
    },
    {
      title: 'Host the Ornans choir for a joint concert',
      year: year + 1,
      activityIds: [refs.choirVisitId],
      ownerId: secretary,
      status: 'inProgress' as const,
      note: 'Sample data.',
    },
    {
      title: 'A citizens’ forum on what the link has brought both towns',
      year: year + 2,
      activityIds: [],
      ownerId: null,
      status: 'proposed' as const,
      note: 'Sample data.',
    },
  ];
  for (const action of actions)
    plan = await must('plan:saveAction', {
      planId: plan.id,
      rev: plan.rev,
      action: { ...action, objectiveIds: [] },
    });

  const meeting = await must('meetings:save', {
    title: 'Committee meeting',
    date: daysFrom(today, -6),
    startTime: '18:00',
    endTime: '19:30',
    place: 'Town hall, small council room',
    attendees: [
      { memberId: chair, name: '' },
      { memberId: secretary, name: '' },
      { memberId: null, name: 'Cristina Moldovan (youth group leader)' },
    ],
    agenda: [
      { title: 'Youth exchange in Ornans: the group and the coach', note: '' },
      { title: 'Ornans choir in the autumn: host families', note: '' },
      { title: 'Erasmus+ application', note: '' },
    ],
    minutes: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Sample data. ' },
            { type: 'text', text: 'Seven young people and their leader', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' are registered for the youth exchange; the coach is booked.' },
          ],
        },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Four families can host the choir, one bed short: the secretary asks the school choir’s parents.',
            },
          ],
        },
      ],
    },
    decisions: [{ text: 'Find a fifth host family for the choir’s visit' }],
  });
  const decision = meeting.decisions[0];
  if (decision)
    await must('meetings:decisionToTask', {
      meetingId: meeting.id,
      decisionId: decision.id,
      rev: meeting.rev,
      title: 'Find a fifth host family for the choir',
      ownerId: secretary,
      dueDate: daysFrom(today, 21),
    });
  await must('tasks:save', {
    title: 'Send the parents the consent forms',
    ownerId: chair,
    // Sunday of this week: never overdue, always in the Overview's "Due this week".
    dueDate: addDays(weekStart(daysFrom(today, 0)), 6),
    status: 'open',
    link: { kind: 'activity', activityId: refs.youthExchangeId },
    notes: 'Sample data.',
  });
}
