import { describe, expect, it } from 'vitest';
import { Activity, ActivityDraft, activityFromDraft } from '../../../../../shared/domain/activities/activity';
import { canMoveActivity, moveActivity } from '../../../../../shared/domain/activities/lifecycle';
import { activity } from './fixtures';

const { id: _id, status: _s, statusHistory: _h, createdAt: _c, ...fields } = activity();
const draft = (over: Record<string, unknown> = {}) => ({ ...fields, ...over });
const messages = (input: unknown) => {
  const r = ActivityDraft.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('activity drafts', () => {
  it('accepts a youth exchange with a programme inside its dates', () => {
    const programme = [
      { date: '2027-06-10', items: [{ time: '18:00', title: 'Welcome dinner', place: '', note: '' }] },
    ];
    expect(messages(draft({ programme }))).toEqual([]);
  });

  it('points to the end date when it comes before the start', () => {
    expect(messages(draft({ endDate: '2027-06-09' }))).toContain('endDate:end_before_start');
  });

  it('points to a programme day outside the dates and to a day given twice', () => {
    const day = (date: string) => ({ date, items: [] });
    const issues = messages(draft({ programme: [day('2027-06-11'), day('2027-06-20'), day('2027-06-11')] }));
    expect(issues).toContain('programme.1.date:day_outside_dates');
    expect(issues).toContain('programme.2.date:day_twice');
  });

  it('refuses a theme claimed twice and a theme without a sentence on how it is served', () => {
    const climate = { theme: 'climate', how: 'Trees.' };
    expect(messages(draft({ themes: [climate, climate] }))).toContain('themes.1:theme_twice');
    expect(messages(draft({ themes: [{ theme: 'climate', how: '  ' }] })).length).toBeGreaterThan(0);
  });

  it('refuses an activity that belongs to no partnership', () => {
    expect(messages(draft({ partnershipIds: [] })).length).toBeGreaterThan(0);
  });

  it('refuses keys a form should not send, such as a history of its own', () => {
    expect(messages(draft({ statusHistory: [] })).length).toBeGreaterThan(0);
  });

  it('gives a new activity an id from the core and starts its history today', () => {
    const parsed = ActivityDraft.parse(draft({ status: 'planned' }));
    const a = activityFromDraft(parsed, {
      existing: null,
      newId: () => 'minted',
      now: '2026-12-03T12:00:00.000Z',
    });
    expect(a.id).toBe('minted');
    expect(a.statusHistory).toEqual([{ status: 'planned', date: '2026-12-03', note: '' }]);
    expect(Activity.safeParse(a).success).toBe(true);
  });

  it('keeps the status and history of an activity being edited', () => {
    const existing = activity({ status: 'confirmed' });
    const edited = activityFromDraft(ActivityDraft.parse(draft({ title: 'New title' })), {
      existing,
      newId: () => 'unused',
      now: '2026-12-03T12:00:00.000Z',
    });
    expect(edited).toMatchObject({ id: 'act1', title: 'New title', status: 'confirmed' });
  });
});

describe('activity status', () => {
  it('goes from idea to planned to confirmed to held to reported', () => {
    let a = activity({ status: 'idea', statusHistory: [{ status: 'idea', date: '2026-01-01', note: '' }] });
    for (const [to, date] of [
      ['planned', '2026-02-01'],
      ['confirmed', '2026-03-01'],
      ['held', '2027-06-14'],
      ['reported', '2027-07-01'],
    ] as const) {
      const r = moveActivity(a, to, date);
      expect(r.ok).toBe(true);
      if (r.ok) a = r.activity;
    }
    expect(a.statusHistory.map((h) => h.status)).toEqual([
      'idea',
      'planned',
      'confirmed',
      'held',
      'reported',
    ]);
  });

  it('does not let an idea be marked held without being planned and confirmed', () => {
    expect(canMoveActivity('idea', 'held')).toBe(false);
    expect(canMoveActivity('planned', 'held')).toBe(false);
  });

  it('refuses to mark an activity held before its first day', () => {
    const a = activity({ status: 'confirmed' });
    expect(moveActivity(a, 'held', '2027-06-09')).toEqual({ ok: false, reason: 'notStartedYet' });
  });

  it('refuses a change dated before the last one, so the history reads in order', () => {
    expect(moveActivity(activity(), 'confirmed', '2026-10-01')).toEqual({
      ok: false,
      reason: 'beforeLastChange',
    });
  });

  it('lets a cancelled activity be planned again, with both changes in its history', () => {
    const cancelled = moveActivity(activity(), 'cancelled', '2026-12-01', 'No hosts');
    expect(cancelled.ok).toBe(true);
    if (!cancelled.ok) return;
    const revived = moveActivity(cancelled.activity, 'planned', '2026-12-03');
    expect(revived.ok && revived.activity.statusHistory.map((h) => h.status)).toEqual([
      'planned',
      'cancelled',
      'planned',
    ]);
  });
});
