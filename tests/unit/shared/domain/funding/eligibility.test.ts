import { describe, expect, it } from 'vitest';
import { checkEligibility, overallOutcome } from '../../../../../shared/domain/funding/eligibility';
import { monthsInclusive } from '../../../../../shared/domain/funding/facts';
import type { Programme, Rule } from '../../../../../shared/domain/funding/programme';
import { activity, applicant, facts, people, person, programme, shipped } from './fundingFixtures';

type Bare = Rule extends infer R ? (R extends Rule ? Omit<R, 'source' | 'checked' | 'note'> : never) : never;
const src = { source: { title: 'Call document', url: '' }, checked: '2026-01-01', note: '' };
function only(rule: Bare): Programme {
  return { ...programme('cerv-town-twinning'), rules: [{ ...src, ...rule } as Rule] };
}
const judge = (rule: Bare, f: ReturnType<typeof facts>) =>
  checkEligibility(only(rule), f, shipped.countryLists)[0]!;

describe('each kind of rule', () => {
  it('counts invited international participants per event, with the countries they come from', () => {
    const rule = { id: 'inv', kind: 'participants', who: 'invited', min: 25, max: null } as const;
    const many = [
      ...people(20),
      ...people(7, { country: 'DE', town: 'Landshut' }),
      ...people(30, { origin: 'local', country: 'RO' }),
    ];
    const r = judge(rule, facts({ activities: [activity({ participants: many })] }));
    expect(r).toMatchObject({ outcome: 'pass', figures: { count: 27, countries: 2, min: 25 } });
    const few = judge(rule, facts({ activities: [activity({ participants: people(23) })] }));
    expect(few).toMatchObject({
      outcome: 'fail',
      reason: 'below',
      figures: { count: 23, min: 25, activity: 'Europe Days' },
    });
  });

  it('cannot judge invited participants whose country is not known, nor an event without a host', () => {
    const rule = { id: 'inv', kind: 'participants', who: 'invited', min: 25, max: null } as const;
    const some = [...people(20), ...people(6, { country: null })];
    expect(judge(rule, facts({ activities: [activity({ participants: some })] })).outcome).toBe('unknown');
    expect(
      judge(rule, facts({ activities: [activity({ country: null, participants: people(30) })] })).outcome,
    ).toBe('unknown');
    expect(judge(rule, facts()).reason).toBe('noActivity');
  });

  it('does not count cancelled participants nor guests from the host country as international', () => {
    const rule = { id: 'inv', kind: 'participants', who: 'invited', min: 2, max: null } as const;
    const list = [person({ registration: 'cancelled' }), person({ country: 'RO' }), person()];
    expect(judge(rule, facts({ activities: [activity({ participants: list })] })).figures.count).toBe(1);
  });

  it('judges the applicants, their eligible countries and the EU members among them', () => {
    const rule = { id: 'app', kind: 'applicants', min: 2, minCountries: 2, minEuCountries: 1 } as const;
    expect(judge(rule, facts({ applicants: [applicant('RO'), applicant('FR')] })).outcome).toBe('pass');
    expect(judge(rule, facts({ applicants: [applicant('RO')] })).reason).toBe('fewApplicants');
    expect(judge(rule, facts({ applicants: [applicant('RO'), applicant('RO')] })).reason).toBe(
      'fewCountries',
    );
    // Moldova is not an EU member; the CERV-associated list is shipped empty, so it cannot be told yet.
    expect(judge(rule, facts({ applicants: [applicant('RO'), applicant('MD')] }))).toMatchObject({
      outcome: 'unknown',
      reason: 'listNotEntered',
    });
    expect(
      judge({ ...rule, minEuCountries: 2 }, facts({ applicants: [applicant('MD'), applicant('UA')] })).reason,
    ).toBe('fewEuCountries');
  });

  it('checks the kind of every applicant and of the lead', () => {
    const kinds = { id: 'k', kind: 'applicantKinds' as const, kinds: ['localAuthority' as const] };
    expect(
      judge(kinds, facts({ applicants: [applicant('RO'), applicant('FR', { kind: 'school' })] })),
    ).toMatchObject({ outcome: 'fail', figures: { kind: 'school' } });
    const lead = { id: 'l', kind: 'leadApplicant' as const, kinds: ['localAuthority' as const] };
    expect(judge(lead, facts({ applicants: [applicant('RO')] })).reason).toBe('noLead');
    expect(judge(lead, facts({ applicants: [applicant('RO', { lead: true })] })).outcome).toBe('pass');
  });

  it('counts an activity’s days inclusive and a project’s whole months', () => {
    const days = { id: 'd', kind: 'activityDays', min: 5, max: 21 } as const;
    expect(judge(days, facts({ activities: [activity()] }))).toMatchObject({
      outcome: 'fail',
      figures: { count: 4 },
    });
    expect(judge(days, facts({ activities: [activity({ endDate: '2026-05-12' })] })).outcome).toBe('pass');
    expect(monthsInclusive('2026-01-01', '2026-06-30')).toEqual({ months: 6, days: 0 });
    expect(monthsInclusive('2026-01-15', '2026-07-14')).toEqual({ months: 6, days: 0 });
    const months = { id: 'm', kind: 'projectMonths', min: 6, max: 12 } as const;
    expect(judge(months, facts()).reason).toBe('noDates');
    expect(judge(months, facts({ projectStart: '2026-01-01', projectEnd: '2027-01-05' })).reason).toBe(
      'above',
    );
    expect(judge(months, facts({ projectStart: '2026-01-01', projectEnd: '2026-12-31' })).outcome).toBe(
      'pass',
    );
  });

  it('checks ages from birth years exactly and from bands where they decide', () => {
    const age = { id: 'a', kind: 'age', min: 13, max: 30 } as const;
    const young = (birthYear: number | null, ageBand: 'under18' | 'from18to30' | 'over30' | null = null) =>
      facts({ activities: [activity({ participants: [person({ birthYear, ageBand })] })] });
    expect(judge(age, young(2008)).outcome).toBe('pass');
    expect(judge(age, young(1990)).outcome).toBe('fail');
    expect(judge(age, young(null, 'over30')).outcome).toBe('fail');
    expect(judge(age, young(null, 'under18')).reason).toBe('ageUnknown');
    expect(judge(age, young(null, 'from18to30')).outcome).toBe('pass');
    const leader = { id: 'la', kind: 'leaderAge', min: 18 } as const;
    const f = facts({
      activities: [activity({ participants: [person({ role: 'groupLeader', birthYear: 2010 })] })],
    });
    expect(judge(leader, f).outcome).toBe('fail');
  });

  describe('counts the national groups of an exchange from the participants recorded per country', () => {
    const rule = { id: 'g', kind: 'nationalGroups', minGroups: 2, minYoung: 4, minLeaders: 1 } as const;
    const group = (country: string, young: number, leaders = 1) => [
      ...people(young, { country, birthYear: 2008 }),
      ...people(leaders, { country, role: 'groupLeader' }),
    ];
    const both = [applicant('RO', { lead: true }), applicant('FR')];
    const cases = [
      {
        name: 'both groups large enough',
        applicants: both,
        list: [...group('FR', 4), ...group('RO', 4)],
        outcome: 'pass',
        reason: 'ok',
      },
      {
        name: 'the Romanian group one short',
        applicants: both,
        list: [...group('FR', 4), ...group('RO', 3)],
        outcome: 'fail',
        reason: 'groupShort',
      },
      {
        name: 'a group without a leader',
        applicants: both,
        list: [...group('FR', 4), ...group('RO', 5, 0)],
        outcome: 'fail',
        reason: 'groupShort',
      },
      {
        name: 'only the Romanian group recorded, the French side not yet',
        applicants: both,
        list: group('RO', 7),
        outcome: 'unknown',
        reason: 'groupMissing',
      },
      {
        name: 'one group and one applicant country',
        applicants: [applicant('RO')],
        list: group('RO', 7),
        outcome: 'fail',
        reason: 'fewGroups',
      },
      {
        name: 'one group and no applicant entered',
        applicants: [],
        list: group('RO', 7),
        outcome: 'fail',
        reason: 'fewGroups',
      },
      { name: 'nobody recorded yet', applicants: both, list: [], outcome: 'unknown', reason: 'nobody' },
      {
        name: 'someone without a country',
        applicants: both,
        list: [...group('FR', 4), ...group('RO', 4), person({ country: null })],
        outcome: 'unknown',
        reason: 'countryMissing',
      },
    ] as const;
    it.each(cases)('$name: $outcome ($reason)', ({ applicants, list, outcome, reason }) => {
      const r = judge(
        rule,
        facts({ applicants: [...applicants], activities: [activity({ participants: [...list] })] }),
      );
      expect(r).toMatchObject({ outcome, reason });
    });

    it('names the missing country and the groups counted', () => {
      const r = judge(
        rule,
        facts({ applicants: [...both], activities: [activity({ participants: group('RO', 7) })] }),
      );
      expect(r.figures).toMatchObject({ groups: 1, minGroups: 2, missing: 'FR' });
    });

    it('checks no number of groups for a copy made before the rule had one', () => {
      const old = { ...rule, minGroups: null };
      const r = judge(
        old,
        facts({ applicants: [applicant('RO')], activities: [activity({ participants: group('RO', 7) })] }),
      );
      expect(r.outcome).toBe('pass');
    });
  });

  it('funds one leader per so many participants of the travelling group', () => {
    const rule = { id: 'r', kind: 'leaderRatio', participantsPerLeader: 5 } as const;
    const group = (leaders: number) =>
      facts({
        activities: [
          activity({ participants: [...people(10), ...people(leaders, { role: 'groupLeader' })] }),
        ],
      });
    expect(judge(rule, group(2)).outcome).toBe('pass');
    expect(judge(rule, group(3))).toMatchObject({ outcome: 'fail', figures: { leaders: 3, funded: 2 } });
  });

  it('keeps the national balance no worse than the share asked', () => {
    const rule = { id: 'b', kind: 'nationalBalance', minShare: 0.333 } as const;
    const mix = (fr: number, de: number) =>
      facts({ activities: [activity({ participants: [...people(fr), ...people(de, { country: 'DE' })] })] });
    expect(judge(rule, mix(10, 5)).outcome).toBe('pass');
    expect(judge(rule, mix(12, 4))).toMatchObject({ outcome: 'fail', figures: { percent: 25 } });
  });

  it('asks for the countries a fund requires among the applicants, and activities in several countries', () => {
    const inc = { id: 'c', kind: 'countriesIncluded' as const, countries: ['FR', 'DE'] };
    expect(judge(inc, facts({ applicants: [applicant('DE'), applicant('FR')] })).outcome).toBe('pass');
    expect(judge(inc, facts({ applicants: [applicant('DE'), applicant('PL')] }))).toMatchObject({
      outcome: 'fail',
      figures: { missing: 'FR' },
    });
    const where = { id: 'w', kind: 'activityCountries', min: 2 } as const;
    expect(
      judge(where, facts({ activities: [activity(), activity({ id: 'a2', country: 'FR' })] })).outcome,
    ).toBe('pass');
    expect(
      judge(where, facts({ activities: [activity(), activity({ id: 'a2', country: null })] })).outcome,
    ).toBe('unknown');
    expect(judge(where, facts({ activities: [activity()] })).outcome).toBe('fail');
  });

  it('gives each result the rule’s source, and the whole check the worst outcome', () => {
    const results = checkEligibility(programme('cerv-town-twinning'), facts(), shipped.countryLists);
    expect(results.every((r) => r.source.title.length > 0 && r.checked)).toBe(true);
    expect(overallOutcome(results)).toBe('fail');
    expect(overallOutcome([])).toBe('pass');
  });
});
