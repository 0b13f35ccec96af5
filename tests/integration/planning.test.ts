import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { parsePdf } from './helpers/pdf';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir, committee } from './helpers/backend';
import { ornansLink } from './helpers/planning';

// The helper's clock starts on 2026-05-09 (a Saturday).
const link = ornansLink('2001-06-14');

const member = (name: string, termEnd: string | null = null): Input<'member:save'> => ({
  name,
  role: 'member',
  email: '',
  phone: '',
  termStart: null,
  termEnd,
});

const meeting = (extra: Partial<Input<'meetings:save'>> = {}): Input<'meetings:save'> => ({
  title: 'Committee meeting',
  date: '2026-05-04',
  startTime: '18:00',
  endTime: '19:30',
  place: 'Town hall',
  attendees: [],
  agenda: [{ title: 'Youth exchange', note: '' }],
  minutes: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The committee agreed on ' },
          { type: 'text', text: 'June', marks: [{ type: 'bold' }] },
        ],
      },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Book the bus' }] }],
          },
        ],
      },
    ],
  },
  decisions: [{ text: 'Ana books the bus' }],
  ...extra,
});

describe('plans, tasks and meetings through dispatch', () => {
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

  it('keeps a three-year plan whose yearly review carries open actions into the next year', async () => {
    const p = await must(backend, 'partnership:save', link);
    const ana = await must(backend, 'member:save', member('Ana Pop'));
    let plan = await must(backend, 'plan:start', { partnershipId: p.id, firstYear: 2026 });
    const base = { objectiveIds: [], activityIds: [], ownerId: ana.id, note: '' };
    plan = await must(backend, 'plan:saveAction', {
      planId: plan.id,
      rev: plan.rev,
      action: { ...base, title: 'Youth exchange', year: 2026, status: 'done' },
    });
    plan = await must(backend, 'plan:saveAction', {
      planId: plan.id,
      rev: plan.rev,
      action: { ...base, title: 'Choir visit', year: 2026, status: 'agreed' },
    });
    plan = await must(backend, 'plan:saveAction', {
      planId: plan.id,
      rev: plan.rev,
      action: { ...base, title: '25 years', year: 2026, status: 'proposed' },
    });
    const choir = plan.actions.find((a) => a.title === 'Choir visit')!;
    const refused = await callError(backend, 'plan:saveAction', {
      planId: plan.id,
      action: { ...base, title: 'Too far', year: 2030, status: 'proposed' },
    });
    expect(refused.issues?.[0]).toMatchObject({ path: ['year'], code: 'action_year_outside_plan' });
    const reviewed = await must(backend, 'plan:review', {
      planId: plan.id,
      rev: plan.rev,
      review: {
        meetingDate: '2026-05-02',
        memberIds: [ana.id],
        guests: 'Mayor of Ornans',
        done: 'The youth exchange',
        notes: '',
        carryIds: [choir.id],
      },
    });
    expect(reviewed.firstYear).toBe(2027);
    expect(reviewed.reviews[0]).toMatchObject({ year: 2026, openedYear: 2029 });
    expect(reviewed.actions.find((a) => a.id === choir.id)).toMatchObject({ year: 2027, carried: 1 });
    expect(reviewed.actions.find((a) => a.title === '25 years')?.status).toBe('dropped');
    expect(await must(backend, 'plan:get', { partnershipId: p.id })).toMatchObject({
      id: plan.id,
      firstYear: 2027,
    });
  });

  it('refuses a review dated in the future and an owner who has left the committee, at the field', async () => {
    const p = await must(backend, 'partnership:save', link);
    const gone = await must(backend, 'member:save', member('Ion Gone', '2025-12-31'));
    const plan = await must(backend, 'plan:start', { partnershipId: p.id, firstYear: 2026 });
    const future = await callError(backend, 'plan:review', {
      planId: plan.id,
      review: { meetingDate: '2026-12-01', memberIds: [], guests: '', done: '', notes: '', carryIds: [] },
    });
    expect(future.issues?.[0]).toMatchObject({ path: ['meetingDate'], code: 'review_date_in_future' });
    const left = await callError(backend, 'tasks:save', {
      title: 'Call Ornans',
      ownerId: gone.id,
      dueDate: null,
      status: 'open',
      link: null,
      notes: '',
    });
    expect(left.issues?.[0]).toMatchObject({ path: ['ownerId'], code: 'owner_left_committee' });
  });

  it('turns a meeting decision into a task, and deleting the meeting keeps the task with a note', async () => {
    const ana = await must(backend, 'member:save', member('Ana Pop'));
    const m = await must(
      backend,
      'meetings:save',
      meeting({
        attendees: [
          { memberId: ana.id, name: '' },
          { memberId: null, name: 'Guest' },
        ],
      }),
    );
    expect(m.attendees[0]?.name).toBe('Ana Pop');
    const decision = m.decisions[0]!;
    const { meeting: after, task } = await must(backend, 'meetings:decisionToTask', {
      meetingId: m.id,
      decisionId: decision.id,
      rev: m.rev,
      title: 'Book the bus',
      ownerId: ana.id,
      dueDate: '2026-05-01',
    });
    expect(after.decisions[0]?.taskId).toBe(task.id);
    expect(task.linkTitle).toBe('Ana books the bus');
    const again = await callError(backend, 'meetings:decisionToTask', {
      meetingId: m.id,
      decisionId: decision.id,
      title: 'x',
      ownerId: null,
      dueDate: null,
    });
    expect(again.issues?.[0]?.code).toBe('decision_has_task');
    await must(backend, 'meetings:remove', { id: m.id });
    const [kept] = await must(backend, 'tasks:list', {});
    expect(kept).toMatchObject({ id: task.id, link: null, formerLink: 'Ana books the bus' });
  });

  it('removing a member keeps their tasks and meetings, with their name as a note', async () => {
    const ana = await must(backend, 'member:save', member('Ana Pop'));
    const task = await must(backend, 'tasks:save', {
      title: 'Call Ornans',
      ownerId: ana.id,
      dueDate: '2026-05-20',
      status: 'open',
      link: null,
      notes: '',
    });
    const m = await must(backend, 'meetings:save', meeting({ attendees: [{ memberId: ana.id, name: '' }] }));
    await must(backend, 'member:delete', { id: ana.id });
    const [kept] = await must(backend, 'tasks:list', {});
    expect(kept).toMatchObject({ id: task.id, ownerId: null, formerOwner: 'Ana Pop' });
    expect((await must(backend, 'meetings:get', { id: m.id })).attendees).toEqual([
      { memberId: null, name: 'Ana Pop' },
    ]);
  });

  it('a task pointing at a deleted activity is refused at the link; deleting the activity detaches its tasks and an undo points them back', async () => {
    const p = await must(backend, 'partnership:save', link);
    const activity = await must(backend, 'activities:save', {
      title: 'Youth exchange',
      kind: 'youthExchange',
      partnershipIds: [p.id],
      host: null,
      venue: { name: '', address: '' },
      startDate: '2026-06-10',
      endDate: '2026-06-11',
      programme: [],
      languages: [],
      themes: [],
      organisationIds: [],
      notes: '',
    });
    const task = await must(backend, 'tasks:save', {
      title: 'Book the bus',
      ownerId: null,
      dueDate: null,
      status: 'open',
      link: { kind: 'activity', activityId: activity.id },
      notes: '',
    });
    await must(backend, 'activities:remove', { id: activity.id });
    const [detached] = await must(backend, 'tasks:list', {});
    expect(detached).toMatchObject({ link: null, formerLink: 'Youth exchange' });
    const refused = await callError(backend, 'tasks:save', {
      ...detached!,
      id: task.id,
      rev: detached!.rev,
      link: { kind: 'activity', activityId: activity.id },
    } as never);
    expect(refused.code).toBe('VALIDATION');
    const back = await must(backend, 'activities:restore', { id: activity.id });
    const [relinked] = await must(backend, 'tasks:list', {});
    expect(relinked?.link).toEqual({ kind: 'activity', activityId: back.id });
  });

  it('prints the minutes under the committee’s name and town, with the formatted text, the decisions and their tasks', async () => {
    await must(backend, 'municipality:save', {
      name: 'Buziaș',
      country: 'RO',
      region: '',
      population: 7000,
      languages: ['ro'],
      coordinates: null,
    });
    await must(backend, 'committee:save', committee());
    const m = await must(backend, 'meetings:save', meeting());
    const doc = await must(backend, 'document:render', {
      kind: 'meetingMinutes',
      params: { meetingId: m.id, language: 'fr' },
    });
    const pdf = await parsePdf(doc.bytes);
    const text = pdf.text.join(' ');
    expect(text).toContain('Compte rendu');
    expect(pdf.text[0]).toMatch(/^Comitetul de înfrățire Buziaș\s+Buziaș, Roumanie/);
    expect(text).toContain('Book the bus');
    expect(text).toContain('Ana books the bus');
    const agenda = await must(backend, 'document:render', {
      kind: 'meetingAgenda',
      params: { meetingId: m.id, language: 'de' },
    });
    expect((await parsePdf(agenda.bytes)).text.join(' ')).toContain('Tagesordnung');
  });

  it('exports one calendar of meetings, due tasks and anniversaries, each with an end', async () => {
    await must(backend, 'partnership:save', {
      ...link,
      signings: [{ date: '2001-06-14', place: '', note: '' }],
    });
    await must(backend, 'meetings:save', meeting({ date: '2026-05-20' }));
    await must(backend, 'tasks:save', {
      title: 'Call Ornans',
      ownerId: null,
      dueDate: '2026-05-22',
      status: 'open',
      link: null,
      notes: '',
    });
    const file = await must(backend, 'team:exportIcs', { language: 'en' });
    const ics = new TextDecoder().decode(file.bytes);
    expect(ics).toContain('SUMMARY:Committee meeting');
    expect(ics).toContain('DTSTART:20260520T180000');
    expect(ics).toContain('DTEND:20260520T193000');
    expect(ics).toContain('SUMMARY:Due: Call Ornans');
    expect(ics).toContain('25 years of the link');
    expect(ics).not.toContain('DURATION');
  });
});
