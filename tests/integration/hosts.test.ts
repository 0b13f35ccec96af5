import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { exchange, family, seedExchange } from './helpers/hosts';
import { parsePdf } from './helpers/pdf';

// The helper's clock starts on 2026-05-09; the exchange is on 10–13 June 2026.
describe('host families through dispatch', () => {
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
    expect(log.errors).toEqual([]);
  });

  async function seed(count: number, over: (i: number) => object = () => ({})) {
    const s = await seedExchange(
      backend,
      dir,
      log,
      Array.from({ length: count }, (_, i) => over(i)),
    );
    backend = s.backend;
    return s;
  }

  it('keeps households in a register with revisions, and refuses an edit based on an older one', async () => {
    const h = await must(backend, 'households:save', family('Familia Popescu'));
    expect(h.rev).toBe(1);
    const edited = await must(backend, 'households:save', {
      draft: { ...family('Familia Popescu', { beds: 3 }).draft, id: h.id },
      rev: 1,
    });
    expect(edited.beds).toBe(3);
    const stale = await callError(backend, 'households:save', {
      draft: { ...family('Familia Popescu').draft, id: h.id },
      rev: 1,
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await must(backend, 'households:list', {})).map((x) => x.name)).toEqual(['Familia Popescu']);
  });

  it('says there are more guests than beds, and suggests a host for as many as fit, with reasons', async () => {
    const { activityId } = await seed(5);
    await must(backend, 'households:save', family('Familia Popescu'));
    await must(backend, 'households:save', family('Familia Ionescu'));
    const plan = await must(backend, 'hosts:suggest', { activityId });
    expect(plan.summary).toEqual({ guests: 5, beds: 4, assigned: 0, shortage: 1 });
    expect(plan.suggestions).toHaveLength(4);
    expect(plan.suggestions[0]?.reasons).toContainEqual({ code: 'language', language: 'de' });
    expect(plan.unplaced).toEqual([
      { participantId: expect.any(String), blockers: [{ code: 'full', households: 2 }] },
    ]);
  });

  it('stores the accepted suggestions once, and a second accept adds nothing', async () => {
    const { activityId } = await seed(3);
    await must(backend, 'households:save', family('Familia Popescu', { beds: 4 }));
    const first = await must(backend, 'hosts:acceptSuggestions', { activityId });
    expect(first.assignments).toHaveLength(3);
    expect(first.suggestions).toEqual([]);
    const again = await must(backend, 'hosts:acceptSuggestions', { activityId });
    expect(again.assignments).toHaveLength(3);
    expect(again.households[0]?.free).toBe(1);
  });

  it('accepts one suggestion alone', async () => {
    const { activityId, ids } = await seed(3);
    await must(backend, 'households:save', family('Familia Popescu', { beds: 4 }));
    const plan = await must(backend, 'hosts:acceptSuggestions', { activityId, participantIds: [ids[1]!] });
    expect(plan.assignments.map((a) => a.participantId)).toEqual([ids[1]]);
    expect(plan.suggestions).toHaveLength(2);
  });

  it('refuses to place a guest twice, or in a household with no bed left, naming the household', async () => {
    const { activityId, ids } = await seed(3);
    const full = await must(backend, 'households:save', family('Familia Popescu', { beds: 1 }));
    const other = await must(backend, 'households:save', family('Familia Ionescu'));
    await must(backend, 'hosts:assign', { activityId, participantId: ids[0]!, householdId: full.id });
    const twice = await callError(backend, 'hosts:assign', {
      activityId,
      participantId: ids[0]!,
      householdId: other.id,
    });
    expect(twice.issues?.[0]).toMatchObject({
      code: 'already_assigned',
      params: { household: 'Familia Popescu' },
    });
    const over = await callError(backend, 'hosts:assign', {
      activityId,
      participantId: ids[1]!,
      householdId: full.id,
    });
    expect(over.issues?.[0]).toMatchObject({
      code: 'household_full',
      params: { household: 'Familia Popescu', beds: 1 },
    });
    const plan = await must(backend, 'hosts:suggest', { activityId });
    expect(plan.assignments).toHaveLength(1);
  });

  it('never lets a minor stay with a household without a check, even by hand', async () => {
    const { activityId, ids } = await seed(1, () => ({ birthYear: 2011 }));
    const unchecked = await must(backend, 'households:save', family('Familia Popescu'));
    const error = await callError(backend, 'hosts:assign', {
      activityId,
      participantId: ids[0]!,
      householdId: unchecked.id,
    });
    expect(error.issues?.[0]?.code).toBe('minor_unchecked_host');
    const plan = await must(backend, 'hosts:suggest', { activityId });
    expect(plan.unplaced[0]?.blockers).toEqual([{ code: 'minorCheck', households: 1 }]);
    const withCheck = family('Familia Popescu', { minorCheckDate: '2026-01-15' });
    await must(backend, 'households:save', { draft: { ...withCheck.draft, id: unchecked.id }, rev: 1 });
    const checked = await must(backend, 'hosts:suggest', { activityId });
    expect(checked.suggestions[0]?.reasons).toContainEqual({ code: 'checkedForMinors', date: '2026-01-15' });
  });

  it('keeps a choice made by hand against a softer rule, and shows what it breaks', async () => {
    const { activityId, ids } = await seed(1, () => ({ petAllergies: ['cat'] }));
    const cat = await must(backend, 'households:save', family('Familia Popescu', { pets: ['cat'] }));
    const plan = await must(backend, 'hosts:assign', {
      activityId,
      participantId: ids[0]!,
      householdId: cat.id,
    });
    expect(plan.assignments).toEqual([expect.objectContaining({ manual: true, problems: ['pets'] })]);
  });

  it('frees the bed when a guest is unassigned, and resolves the shortage with one more household', async () => {
    const { activityId, ids } = await seed(3);
    const h = await must(backend, 'households:save', family('Familia Popescu'));
    let plan = await must(backend, 'hosts:acceptSuggestions', { activityId });
    expect(plan.summary).toMatchObject({ guests: 3, beds: 2, assigned: 2, shortage: 1 });
    plan = await must(backend, 'hosts:unassign', {
      activityId,
      participantId: plan.assignments[0]!.participantId,
    });
    expect(plan.households.find((x) => x.id === h.id)?.free).toBe(1);
    await must(backend, 'households:save', family('Familia Ionescu'));
    plan = await must(backend, 'hosts:acceptSuggestions', { activityId });
    expect(plan.summary).toMatchObject({ guests: 3, beds: 4, assigned: 3, shortage: 0 });
    expect(new Set(plan.assignments.map((a) => a.participantId))).toEqual(new Set(ids));
  });

  it('counts beds promised to an overlapping activity as taken', async () => {
    const { activityId, ids } = await seed(2);
    const h = await must(backend, 'households:save', family('Familia Popescu'));
    await must(backend, 'hosts:assign', { activityId, participantId: ids[0]!, householdId: h.id });
    const p = (await must(backend, 'partnership:list', {}))[0]!;
    const second = await must(backend, 'activities:save', {
      ...exchange(p.id),
      title: 'Choir visit',
    });
    const plan = await must(backend, 'hosts:suggest', { activityId: second.id });
    expect(plan.households[0]?.free).toBe(1);
  });

  it('refuses to remove a household hosting guests of an activity ahead, or to lower its beds below them', async () => {
    const { activityId, ids } = await seed(2);
    const h = await must(backend, 'households:save', family('Familia Popescu'));
    await must(backend, 'hosts:acceptSuggestions', { activityId });
    expect((await must(backend, 'households:list', {}))[0]?.upcomingGuests).toBe(2);
    const refused = await callError(backend, 'households:remove', { id: h.id });
    expect(refused.issues?.[0]).toMatchObject({ code: 'household_has_guests', params: { count: 2 } });
    const lower = await callError(backend, 'households:save', {
      draft: { ...family('Familia Popescu', { beds: 1 }).draft, id: h.id },
      rev: 1,
    });
    expect(lower.issues?.[0]).toMatchObject({ path: ['beds'], code: 'beds_below_guests' });
    for (const id of ids) await must(backend, 'hosts:unassign', { activityId, participantId: id });
    await must(backend, 'households:remove', { id: h.id });
    expect(await must(backend, 'households:list', {})).toEqual([]);
  });

  it('lists the activities ahead with guests still without a host', async () => {
    const { activityId } = await seed(3);
    await must(backend, 'households:save', family('Familia Popescu'));
    await must(backend, 'hosts:acceptSuggestions', { activityId });
    expect(await must(backend, 'hosts:missing', {})).toEqual([
      expect.objectContaining({ activityId, guests: 3, withoutHost: 1, startDate: '2026-06-10' }),
    ]);
  });

  it('prints the host-family sheet and the welcome sheets through document:render', async () => {
    const { activityId } = await seed(3, (i) => ({ name: ['Anna Huber', 'Jonas Weber', 'Lena Maier'][i] }));
    await must(backend, 'households:save', family('Familia Ionescu'));
    await must(backend, 'households:save', family('Familia Popescu'));
    await must(backend, 'hosts:acceptSuggestions', { activityId });
    const sheet = await must(backend, 'document:render', {
      kind: 'hostSheet',
      params: { activityId, language: 'en' },
    });
    expect(sheet.fileName).toBe('host-families-youth-exchange-in-sibiu-2026-06-10.pdf');
    const text = (await parsePdf(sheet.bytes)).text.join('\n');
    expect(text).toMatch(/Familia Popescu/);
    expect(text).toMatch(/Familia Ionescu/);
    expect(text).toMatch(/\+40 722 000 111/);
    expect(text).not.toMatch(/not yet placed/);
    const welcome = await must(backend, 'document:render', {
      kind: 'welcomeSheets',
      params: { activityId, language: 'en' },
    });
    const pages = await parsePdf(welcome.bytes);
    expect(pages.pages).toBe(3);
    expect(pages.text.join('\n')).toMatch(/Willkommen/);
  });

  it('finds a household’s contact as a person, exports it and erases it with its placements', async () => {
    const { activityId } = await seed(1);
    const h = await must(
      backend,
      'households:save',
      family('Familia Popescu', { contactName: 'Maria Popescu', email: 'maria@example.ro' }),
    );
    await must(backend, 'hosts:acceptSuggestions', { activityId });
    const found = await must(backend, 'person:find', { text: 'maria popescu' });
    expect(found).toEqual([
      {
        collection: 'households.contacts',
        id: h.id,
        name: 'Maria Popescu',
        email: 'maria@example.ro',
        context: 'Familia Popescu, Sibiu',
      },
    ]);
    const exported = await must(backend, 'person:export', {
      refs: [{ collection: 'households.contacts', id: h.id }],
    });
    expect(exported.records[0]?.record).toMatchObject({ address: 'Str. Cetății 4' });
    const report = await must(backend, 'person:erase', {
      refs: [{ collection: 'households.contacts', id: h.id }],
    });
    expect(report.erasedRecords).toBe(1);
    expect(await must(backend, 'households:list', {})).toEqual([]);
    const plan = await must(backend, 'hosts:suggest', { activityId });
    expect(plan.assignments).toEqual([]);
  });
});
