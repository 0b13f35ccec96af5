import { describe, expect, it } from 'vitest';
import { collectTimeline, type TimelineSources } from '../../../../../shared/domain/timeline/collect';
import { TimelineSpan } from '../../../../../shared/domain/timeline/timeline';
import { link } from '../partnershipFixture';

const town = (name: string) => link().partners.map((p) => ({ ...p, place: { ...p.place, name } }));
const landshut = link({
  id: 'p1',
  signings: [{ id: 's1', date: '2001-06-14', place: 'Landshut', note: '' }],
});
const ornans = link({
  id: 'p2',
  partners: town('Ornans'),
  signings: [{ id: 's2', date: '1977', place: 'Ornans', note: '' }],
});
const unsigned = link({ id: 'p3', partners: town('Alba'), signings: [] });

const sources = (extra: Partial<TimelineSources> = {}): TimelineSources => ({
  partnerships: [unsigned, landshut, ornans],
  plans: [],
  activities: [],
  deadlines: [],
  ...extra,
});
const span = { fromYear: 2022, toYear: 2027 };

describe('the timeline of all partnerships', () => {
  it('gives a row per link, the oldest signing first and links not yet signed last', () => {
    const t = collectTimeline(sources(), span);
    expect(t.rows.map((r) => r.title)).toEqual(['Ornans', 'Landshut', 'Alba']);
  });

  it('marks the round anniversaries in the span, on the day for a dated signing and by the year alone otherwise', () => {
    const t = collectTimeline(sources(), span);
    const landshutRow = t.rows.find((r) => r.partnershipId === 'p1')!;
    expect(landshutRow.items.map((i) => [i.kind, i.date, i.detail])).toEqual([
      ['anniversary', '2026-06-14', '25'],
    ]);
    const ornansRow = t.rows.find((r) => r.partnershipId === 'p2')!;
    expect(ornansRow.items.map((i) => [i.kind, i.year, i.date])).toEqual([['anniversary', 2027, null]]);
  });

  it('shows the committee’s own anniversary milestone instead of a second, computed one', () => {
    const plan = {
      partnershipId: 'p1',
      actions: [],
      milestones: [
        {
          id: 'm1',
          kind: 'anniversary' as const,
          title: 'Silver jubilee',
          date: '2026-06-14',
          year: 2026,
          years: 25,
        },
      ],
    };
    const row = collectTimeline(sources({ plans: [plan] }), span).rows.find((r) => r.partnershipId === 'p1')!;
    expect(row.items.map((i) => [i.kind, i.title])).toEqual([['milestone', 'Silver jubilee']]);
  });

  it('puts plan actions on their year, leaves dropped ones out and points them at the plan', () => {
    const action = (id: string, status: 'agreed' | 'dropped') => ({
      id,
      title: `Action ${id}`,
      year: 2026,
      objectiveIds: [],
      activityIds: [],
      ownerId: null,
      status,
      note: '',
      formerOwner: '',
      carried: 0,
    });
    const plan = {
      partnershipId: 'p3',
      actions: [action('a1', 'agreed'), action('a2', 'dropped')],
      milestones: [],
    };
    const row = collectTimeline(sources({ plans: [plan] }), span).rows.find((r) => r.partnershipId === 'p3')!;
    expect(row.items).toMatchObject([
      { kind: 'action', title: 'Action a1', date: null, year: 2026, target: { to: 'plan', id: 'p3' } },
    ]);
  });

  it('shows an activity on every link it serves, and not when cancelled', () => {
    const activity = (id: string, status: 'held' | 'cancelled') => ({
      id,
      title: `Visit ${id}`,
      partnershipIds: ['p1', 'p3'],
      startDate: '2024-05-10',
      endDate: '2024-05-14',
      status,
    });
    const t = collectTimeline(
      sources({ activities: [activity('v1', 'held'), activity('v2', 'cancelled')] }),
      span,
    );
    for (const id of ['p1', 'p3']) {
      const items = t.rows.find((r) => r.partnershipId === id)!.items.filter((i) => i.kind === 'activity');
      expect(items).toMatchObject([{ title: 'Visit v1', date: '2024-05-10', until: '2024-05-14' }]);
    }
  });

  it('dates a funding deadline by its internal day first, and gives funding tied to no link a row of its own', () => {
    const deadline = (applicationId: string, partnershipIds: string[]) => ({
      applicationId,
      title: `Grant ${applicationId}`,
      programmeName: 'CERV 2026',
      internal: '2026-02-20',
      funder: { date: '2026-03-06' },
      partnershipIds,
    });
    const t = collectTimeline(sources({ deadlines: [deadline('g1', ['p1']), deadline('g2', [])] }), span);
    const own = t.rows.find((r) => r.partnershipId === 'p1')!.items.find((i) => i.kind === 'deadline');
    expect(own).toMatchObject({
      date: '2026-02-20',
      until: '2026-03-06',
      target: { to: 'application', id: 'g1' },
    });
    expect(t.rows.at(-1)).toMatchObject({ partnershipId: null, items: [{ title: 'Grant g2' }] });
  });

  it('leaves out what falls outside the span yet says how far the whole history reaches', () => {
    const t = collectTimeline(sources(), { fromYear: 2030, toYear: 2031 });
    expect(t.rows.every((r) => r.items.every((i) => i.year >= 2030 && i.year <= 2031))).toBe(true);
    expect(t.earliestYear).toBe(1977);
    expect(t.latestYear).toBe(2001);
  });

  it('refuses a span whose last year comes before its first, at the last year', () => {
    const parsed = TimelineSpan.safeParse({ fromYear: 2027, toYear: 2020 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['toYear'], message: 'years_out_of_order' });
  });
});
