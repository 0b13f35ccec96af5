import { describe, expect, it } from 'vitest';
import { Activity } from '../../../../../shared/domain/activities/activity';
import {
  activitiesFromTimeline,
  becomesActivity,
} from '../../../../../shared/domain/activities/fromTimeline';
import { activityReferenceIssues, assignmentIssues } from '../../../../../shared/domain/activities/integrity';
import {
  holdsSensitiveData,
  sensitiveDataDue,
  withoutSensitiveData,
} from '../../../../../shared/domain/activities/retention';
import { countParticipants } from '../../../../../shared/domain/activities/counts';
import { link } from '../partnershipFixture';
import { activity, household, participant } from './fixtures';

describe('timeline entries moved to activities', () => {
  const p = link({
    timeline: [
      {
        id: 'e1',
        date: '2024-05-10',
        kind: 'visit',
        title: 'Mayor’s visit',
        note: '60 de participanți, 18.000 EUR',
      },
      { id: 'e2', date: '2027-06-10', kind: 'exchange', title: 'Youth exchange', note: '' },
      { id: 'e3', date: '2024-01-10', kind: 'letter', title: 'New year letter', note: '' },
    ],
  });
  const moved = activitiesFromTimeline(p, '2026-12-03', '2026-12-03T12:00:00.000Z');

  it('turns visits and exchanges into valid activities, keeping title and note word for word', () => {
    expect(moved.map((a) => [a.title, a.kind, a.status, a.notes])).toEqual([
      ['Mayor’s visit', 'officialVisit', 'held', '60 de participanți, 18.000 EUR'],
      ['Youth exchange', 'citizensExchange', 'planned', ''],
    ]);
    for (const a of moved) expect(Activity.safeParse(a).success).toBe(true);
  });

  it('leaves letters and meetings on the timeline and the host unknown', () => {
    expect(p.timeline.filter(becomesActivity).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(moved.every((a) => a.host === null)).toBe(true);
  });

  it('gives the same ids when run twice', () => {
    expect(activitiesFromTimeline(p, '2026-12-03', 'x').map((a) => a.id)).toEqual(moved.map((a) => a.id));
  });
});

describe('activity references', () => {
  it('accepts the home town or a partner town of the activity’s partnerships as host', () => {
    expect(
      activityReferenceIssues(
        { partnershipIds: ['p1'], host: 't1', organisationIds: [] },
        [link()],
        new Set(),
      ),
    ).toEqual([]);
    expect(
      activityReferenceIssues(
        { partnershipIds: ['p1'], host: 'home', organisationIds: [] },
        [link()],
        new Set(),
      ),
    ).toEqual([]);
  });

  it('names a host that is no partner, a missing partnership and a missing organisation', () => {
    expect(
      activityReferenceIssues(
        { partnershipIds: ['p1', 'p9'], host: 't7', organisationIds: ['o1'] },
        [link()],
        new Set(),
      ),
    ).toEqual([
      { code: 'unknownPartnership', id: 'p9' },
      { code: 'hostNotAPartner', id: 't7' },
      { code: 'unknownOrganisation', id: 'o1' },
    ]);
  });
});

describe('hosting invariants', () => {
  const [a, b, c] = [participant(), participant(), participant()];
  const h = household({ beds: 2 });
  const assign = (participantId: string, householdId = h.id, id = `as-${participantId}`) => ({
    id,
    activityId: 'act1',
    participantId,
    householdId,
    manual: false,
  });

  it('finds nothing wrong in a household filled to its beds', () => {
    expect(assignmentIssues('act1', [assign(a.id), assign(b.id)], [a, b, c], [h])).toEqual([]);
  });

  it('names a guest placed twice and a household over its beds', () => {
    const issues = assignmentIssues(
      'act1',
      [assign(a.id), assign(b.id), assign(c.id), assign(a.id, h.id, 'again')],
      [a, b, c],
      [h],
    );
    expect(issues).toEqual([
      { code: 'guestTwice', participantId: a.id },
      { code: 'overCapacity', householdId: h.id, guests: 4, beds: 2 },
    ]);
  });
});

describe('sensitive data after an activity', () => {
  const diet = participant({
    dietNeeds: ['vegetarian'],
    emergencyContact: { name: 'Eva Huber', phone: '+49 871 1' },
    birthYear: 2010,
  });
  const plain = participant();
  const past = activity({ endDate: '2026-01-20', status: 'reported' });

  it('offers deletion once the kept months have passed, naming only who still holds such data', () => {
    expect(sensitiveDataDue([past], [diet, plain], '2026-07-20', 6)).toEqual([
      { activityId: 'act1', participantIds: [diet.id], dueSince: '2026-07-20' },
    ]);
    expect(sensitiveDataDue([past], [diet, plain], '2026-07-19', 6)).toEqual([]);
  });

  it('erases the sensitive fields and keeps what the counts and signed lists use', () => {
    const erased = withoutSensitiveData(diet);
    expect(holdsSensitiveData(erased)).toBe(false);
    expect(erased).toMatchObject({
      name: diet.name,
      town: diet.town,
      country: diet.country,
      birthYear: 2010,
    });
    expect(countParticipants([erased], past.startDate)).toEqual(countParticipants([diet], past.startDate));
    expect(sensitiveDataDue([past], [erased], '2027-01-01', 6)).toEqual([]);
  });
});
