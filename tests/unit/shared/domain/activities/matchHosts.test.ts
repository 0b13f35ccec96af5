import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardProblems, type MatchRules } from '../../../../../shared/domain/activities/matching/constraints';
import { matchHosts, type MatchInput } from '../../../../../shared/domain/activities/matching/matchHosts';
import { household, participant } from './fixtures';

const activity = { from: '2027-06-10', to: '2027-06-14' };
const rules: MatchRules = { minorCheckValidMonths: 36 };
const run = (over: Partial<MatchInput>) =>
  matchHosts({ activity, guests: [], households: [], manual: [], rules, ...over });
const hostOf = (r: ReturnType<typeof matchHosts>, id: string) =>
  r.placements.find((p) => p.participantId === id)?.householdId;

describe('host matching', () => {
  it('says plainly when there are more guests than beds: 60 guests, 48 beds', () => {
    const guests = Array.from({ length: 60 }, () => participant());
    const households = Array.from({ length: 24 }, () => household({ beds: 2 }));
    const r = run({ guests, households });
    expect(r.summary).toEqual({ guests: 60, beds: 48, placed: 48, unplaced: 12, shortage: 12 });
    expect(r.unplaced[0]?.blockers).toEqual([{ code: 'full', households: 24 }]);
  });

  it('never places a guest allergic to cats with a household that has a cat', () => {
    const guest = participant({ petAllergies: ['cat'] });
    const cat = household({ pets: ['cat'] });
    const dog = household({ pets: ['dog'] });
    const r = run({ guests: [guest], households: [cat, dog] });
    expect(hostOf(r, guest.id)).toBe(dog.id);
    expect(r.placements[0]?.reasons).toContainEqual({ code: 'noPets' });
  });

  it('places a minor only with a household whose check is valid on the first day', () => {
    const minor = participant({ birthYear: 2012 });
    const unchecked = household();
    const expired = household({ minorCheckDate: '2023-01-01' });
    const checked = household({ minorCheckDate: '2026-09-01' });
    const r = run({ guests: [minor], households: [unchecked, expired, checked] });
    expect(hostOf(r, minor.id)).toBe(checked.id);
    expect(r.placements[0]?.reasons).toContainEqual({ code: 'checkedForMinors', date: '2026-09-01' });
  });

  it('explains why a minor stays unplaced when no household is checked', () => {
    const minor = participant({ ageBand: 'under18' });
    const r = run({ guests: [minor], households: [household(), household()] });
    expect(r.unplaced).toEqual([
      { participantId: minor.id, blockers: [{ code: 'minorCheck', households: 2 }] },
    ]);
  });

  it('needs the household to be available for the guest’s whole stay', () => {
    const late = participant({ arrival: '2027-06-09', departure: '2027-06-16' });
    const short = household({ available: [{ from: '2027-06-10', to: '2027-06-14' }] });
    const long = household({ available: [{ from: '2027-06-01', to: '2027-06-20' }] });
    expect(hostOf(run({ guests: [late], households: [short, long] }), late.id)).toBe(long.id);
  });

  it('keeps siblings together in a household with enough beds', () => {
    const a = participant({ stayGroup: 'Huber' });
    const b = participant({ stayGroup: 'huber ' });
    const small = household({ beds: 1 });
    const big = household({ beds: 3 });
    const r = run({ guests: [a, b], households: [small, big] });
    expect([hostOf(r, a.id), hostOf(r, b.id)]).toEqual([big.id, big.id]);
    expect(r.placements[0]?.reasons).toContainEqual({ code: 'groupTogether', group: 'Huber', size: 2 });
  });

  it('splits a group only when no household can take it whole, and says so', () => {
    const group = [participant({ stayGroup: 'Class 7B' }), participant({ stayGroup: 'Class 7B' })];
    const r = run({ guests: group, households: [household({ beds: 1 }), household({ beds: 1 })] });
    expect(r.summary.placed).toBe(2);
    expect(r.placements.every((p) => p.reasons.some((x) => x.code === 'groupSplit'))).toBe(true);
  });

  it('prefers a household sharing a language and the household the guest asked for', () => {
    const fr = participant({ languages: ['fr'] });
    const wants = participant({ languages: ['de'] });
    const roOnly = household({ beds: 1, languages: ['ro'] });
    const speaksFr = household({ beds: 1, languages: ['ro', 'fr'] });
    const asked = household({ beds: 1 });
    const r = run({
      guests: [fr, { ...wants, preferredHouseholdId: asked.id }],
      households: [roOnly, speaksFr, asked],
    });
    expect(hostOf(r, fr.id)).toBe(speaksFr.id);
    expect(hostOf(r, wants.id)).toBe(asked.id);
  });

  it('keeps the secretary’s choice even against a rule, and warns about it', () => {
    const guest = participant({ petAllergies: ['dog'] });
    const dog = household({ pets: ['dog'] });
    const r = run({
      guests: [guest],
      households: [dog, household()],
      manual: [{ participantId: guest.id, householdId: dog.id }],
    });
    expect(r.placements).toEqual([
      { participantId: guest.id, householdId: dog.id, manual: true, reasons: [] },
    ]);
    expect(r.manualWarnings).toEqual([{ participantId: guest.id, householdId: dog.id, problems: ['pets'] }]);
  });

  it('refuses a manual choice that would put a household over its beds or a guest in two homes', () => {
    const [a, b] = [participant(), participant()];
    const one = household({ beds: 1 });
    const r = run({
      guests: [a, b],
      households: [one, household()],
      manual: [
        { participantId: a.id, householdId: one.id },
        { participantId: b.id, householdId: one.id },
        { participantId: a.id, householdId: one.id },
      ],
    });
    expect(r.refusedManual.map((x) => x.problem)).toEqual(['overCapacity', 'assignedTwice']);
    expect(r.summary.placed).toBe(2);
  });

  it('counts beds promised to another activity on the same dates as taken', () => {
    const h = household({ beds: 2 });
    const r = run({
      guests: [participant(), participant()],
      households: [h],
      bedsTakenElsewhere: new Map([[h.id, 1]]),
    });
    expect(r.summary).toMatchObject({ beds: 1, placed: 1, shortage: 1 });
  });

  it('gives the same suggestions for the same input', () => {
    const guests = Array.from({ length: 30 }, (_, i) => participant({ languages: i % 2 ? ['de'] : ['fr'] }));
    const households = Array.from({ length: 12 }, (_, i) =>
      household({ beds: 1 + (i % 3), languages: i % 2 ? ['de'] : ['ro'] }),
    );
    expect(run({ guests, households })).toEqual(run({ guests, households }));
  });
});

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2027-06-${String(d).padStart(2, '0')}`);
const range = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const pets = fc.subarray(['cat', 'dog', 'other'] as const);
const langs = fc.subarray(['ro', 'de', 'fr', 'en']);
const guestArb = fc.record({
  birthYear: fc.option(fc.integer({ min: 1950, max: 2020 }), { nil: null }),
  stay: fc.option(range, { nil: null }),
  petAllergies: pets,
  stepFreeAccess: fc.boolean(),
  stayGroup: fc.constantFrom('', '', 'A', 'B', 'C'),
  languages: langs,
  prefersSmokeFree: fc.boolean(),
});
const householdArb = fc.record({
  beds: fc.integer({ min: 1, max: 6 }),
  available: fc.array(range, { maxLength: 2 }),
  pets,
  stepFree: fc.boolean(),
  minorCheckDate: fc.option(fc.constantFrom('2020-01-01', '2026-01-01', '2027-06-05', '2027-07-01'), {
    nil: null,
  }),
  smoking: fc.boolean(),
  languages: langs,
});
const scenario = fc
  .record({
    guests: fc.array(guestArb, { maxLength: 40 }),
    households: fc.array(householdArb, { maxLength: 15 }),
    taken: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 15 }),
    manual: fc.array(fc.tuple(fc.nat(45), fc.nat(17)), { maxLength: 10 }),
  })
  .map(({ guests, households, taken, manual }) => {
    const g = guests.map((x, i) =>
      participant({
        id: `g${i}`,
        birthYear: x.birthYear,
        arrival: x.stay?.from ?? null,
        departure: x.stay?.to ?? null,
        petAllergies: x.petAllergies,
        stepFreeAccess: x.stepFreeAccess,
        stayGroup: x.stayGroup,
        languages: x.languages,
        prefersSmokeFree: x.prefersSmokeFree,
      }),
    );
    const h = households.map((x, i) => household({ id: `h${i}`, ...x }));
    const input: MatchInput = {
      activity: { from: '2027-06-10', to: '2027-06-14' },
      guests: g,
      households: h,
      manual: manual.map(([gi, hi]) => ({ participantId: `g${gi}`, householdId: `h${hi}` })),
      bedsTakenElsewhere: new Map(taken.map((t, i) => [`h${i}`, t])),
      rules,
    };
    return input;
  });

describe('host matching, for any register', () => {
  it('never places a guest twice, nor a household over its free beds, and accounts for every guest', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = matchHosts(input);
        const ids = r.placements.map((p) => p.participantId);
        expect(new Set(ids).size).toBe(ids.length);
        const load = new Map<string, number>();
        for (const p of r.placements) load.set(p.householdId, (load.get(p.householdId) ?? 0) + 1);
        for (const h of input.households) {
          const free = Math.max(0, h.beds - (input.bedsTakenElsewhere?.get(h.id) ?? 0));
          expect(load.get(h.id) ?? 0).toBeLessThanOrEqual(free);
        }
        const unplaced = r.unplaced.map((u) => u.participantId);
        expect([...ids, ...unplaced].sort()).toEqual(input.guests.map((g) => g.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every hard rule in each suggestion it makes', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = matchHosts(input);
        for (const p of r.placements.filter((x) => !x.manual)) {
          const g = input.guests.find((x) => x.id === p.participantId);
          const h = input.households.find((x) => x.id === p.householdId);
          if (!g || !h) throw new Error('placement names an unknown guest or household');
          expect(hardProblems(g, h, input.activity, input.rules)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every valid manual choice and refuses only what would break beds or repeat a guest', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = matchHosts(input);
        const kept = r.placements.filter((p) => p.manual).length;
        expect(kept + r.refusedManual.length).toBe(input.manual.length);
      }),
      { numRuns: 300 },
    );
  });
});
