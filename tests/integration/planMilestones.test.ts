import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { ornansLink } from './helpers/planning';

// The helper's clock starts on 2026-05-09.
const link = ornansLink('2002-06-14');

const activity = (partnershipIds: string[]): Input<'activities:save'> => ({
  title: 'Choir festival',
  kind: 'cultureOrSportEvent',
  partnershipIds,
  host: null,
  venue: { name: '', address: '' },
  startDate: '2027-06-12',
  endDate: '2027-06-13',
  programme: [],
  languages: [],
  themes: [],
  organisationIds: [],
  notes: '',
});

const custom = (extra: Partial<Input<'plan:saveMilestone'>['milestone']> = {}) => ({
  kind: 'custom' as const,
  title: 'Joint choir festival for the 25th year',
  date: '2027-06-12',
  year: 2027,
  years: null,
  ...extra,
});

describe('milestones the committee sets by hand, through dispatch', () => {
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('keeps a milestone by its day or its year, marking an activity, and shows it on the timeline and in the calendar', async () => {
    const p = await must(backend, 'partnership:save', link);
    const festival = await must(backend, 'activities:save', activity([p.id]));
    let plan = await must(backend, 'plan:start', { partnershipId: p.id, firstYear: 2026 });
    plan = await must(backend, 'plan:saveMilestone', {
      planId: plan.id,
      rev: plan.rev,
      milestone: custom({ link: { kind: 'activity', activityId: festival.id } }),
    });
    plan = await must(backend, 'plan:saveMilestone', {
      planId: plan.id,
      rev: plan.rev,
      milestone: custom({ title: 'Renew the charter', date: null, year: 2028 }),
    });
    expect(plan.milestones.map((m) => [m.title, m.date, m.year, m.link ?? null])).toEqual([
      [
        'Joint choir festival for the 25th year',
        '2027-06-12',
        2027,
        { kind: 'activity', activityId: festival.id },
      ],
      ['Renew the charter', null, 2028, null],
    ]);

    const timeline = await must(backend, 'timeline:get', { fromYear: 2026, toYear: 2028 });
    const milestones = timeline.rows[0]!.items.filter((i) => i.kind === 'milestone');
    expect(milestones.map((i) => [i.title, i.date, i.year])).toEqual([
      ['Joint choir festival for the 25th year', '2027-06-12', 2027],
      ['Renew the charter', null, 2028],
    ]);

    const ics = new TextDecoder().decode((await must(backend, 'team:exportIcs', { language: 'en' })).bytes);
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(
      'SUMMARY:Milestone: Joint choir festival for the 25th year',
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20270612');
    // A milestone known by its year alone has no day to put in a calendar.
    expect(ics).not.toContain('Renew the charter');
  });

  it('edits and removes a milestone, and refuses a day in another year and a link to nothing, at the field', async () => {
    const p = await must(backend, 'partnership:save', link);
    let plan = await must(backend, 'plan:start', { partnershipId: p.id, firstYear: 2026 });
    plan = await must(backend, 'plan:saveMilestone', { planId: plan.id, rev: plan.rev, milestone: custom() });
    const id = plan.milestones[0]!.id;
    plan = await must(backend, 'plan:saveMilestone', {
      planId: plan.id,
      rev: plan.rev,
      id,
      milestone: custom({ title: 'Choir festival', date: '2027-06-19' }),
    });
    expect(plan.milestones).toMatchObject([{ id, title: 'Choir festival', date: '2027-06-19' }]);

    const wrongYear = await callError(backend, 'plan:saveMilestone', {
      planId: plan.id,
      milestone: custom({ year: 2028 }),
    });
    expect(wrongYear.issues?.[0]).toMatchObject({ path: ['date'], code: 'milestone_date_year' });
    const noTitle = await callError(backend, 'plan:saveMilestone', {
      planId: plan.id,
      milestone: custom({ title: '  ' }),
    });
    expect(noTitle.issues?.[0]?.path).toEqual(['milestone', 'title']);
    const nowhere = await callError(backend, 'plan:saveMilestone', {
      planId: plan.id,
      milestone: custom({ link: { kind: 'action', actionId: 'no-such-action' } }),
    });
    expect(nowhere.issues?.[0]).toMatchObject({ path: ['link'], code: 'link_gone' });
    const stale = await callError(backend, 'plan:saveMilestone', {
      planId: plan.id,
      rev: plan.rev - 1,
      milestone: custom(),
    });
    expect(stale.code).toBe('CONFLICT');

    plan = await must(backend, 'plan:removeMilestone', { planId: plan.id, rev: plan.rev, milestoneId: id });
    expect(plan.milestones).toEqual([]);
    const gone = await callError(backend, 'plan:removeMilestone', { planId: plan.id, milestoneId: id });
    expect(gone.code).toBe('NOT_FOUND');
  });

  it('a milestone outlives the action or activity it marked, serving nothing in particular', async () => {
    const p = await must(backend, 'partnership:save', link);
    const festival = await must(backend, 'activities:save', activity([p.id]));
    let plan = await must(backend, 'plan:start', { partnershipId: p.id, firstYear: 2026 });
    plan = await must(backend, 'plan:saveAction', {
      planId: plan.id,
      rev: plan.rev,
      action: {
        title: 'Renew the charter',
        year: 2027,
        objectiveIds: [],
        activityIds: [],
        ownerId: null,
        status: 'proposed',
        note: '',
      },
    });
    const action = plan.actions[0]!;
    plan = await must(backend, 'plan:saveMilestone', {
      planId: plan.id,
      rev: plan.rev,
      milestone: custom({ title: 'Charter renewed', link: { kind: 'action', actionId: action.id } }),
    });
    plan = await must(backend, 'plan:saveMilestone', {
      planId: plan.id,
      rev: plan.rev,
      milestone: custom({ link: { kind: 'activity', activityId: festival.id } }),
    });
    await must(backend, 'activities:remove', { id: festival.id });
    plan = (await must(backend, 'plan:get', { partnershipId: p.id }))!;
    plan = await must(backend, 'plan:removeAction', { planId: plan.id, rev: plan.rev, actionId: action.id });
    expect(plan.milestones.map((m) => [m.title, m.link])).toEqual([
      ['Charter renewed', null],
      ['Joint choir festival for the 25th year', null],
    ]);
  });
});
