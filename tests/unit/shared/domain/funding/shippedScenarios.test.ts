import { describe, expect, it } from 'vitest';
import { checkEligibility, overallOutcome } from '../../../../../shared/domain/funding/eligibility';
import type { ApplicationFacts } from '../../../../../shared/domain/funding/facts';
import { activity, applicant, facts, people, person, programme, shipped } from './fundingFixtures';

const youthGroup = (country: string) => [
  ...people(6, { country, birthYear: 2009 }),
  person({ country, role: 'groupLeader', birthYear: 1985 }),
];

const townTwinning = (invited: number): ApplicationFacts =>
  facts({
    applicants: [applicant('RO', { lead: true }), applicant('FR', { kind: 'twinningCommittee' })],
    projectStart: '2026-03-01',
    projectEnd: '2026-10-31',
    activities: [
      activity({ participants: [...people(invited), ...people(30, { origin: 'local', country: 'RO' })] }),
    ],
  });

const network = (countries: string[]): ApplicationFacts =>
  facts({
    applicants: countries.map((c, i) => applicant(c, { lead: i === 0 })),
    projectStart: '2026-01-01',
    projectEnd: '2027-06-30',
    activities: [activity(), activity({ id: 'a2', country: 'FR' })],
  });

const youth = (over: Partial<ApplicationFacts> = {}): ApplicationFacts =>
  facts({
    applicants: [applicant('RO', { kind: 'nonProfit' }), applicant('FR', { kind: 'nonProfit' })],
    projectStart: '2026-02-01',
    projectEnd: '2026-09-30',
    activities: [
      activity({ endDate: '2026-05-15', participants: [...youthGroup('RO'), ...youthGroup('FR')] }),
    ],
    ...over,
  });

const ofaj = (fr: number, de: number): ApplicationFacts =>
  facts({
    applicants: [applicant('DE'), applicant('FR')],
    activities: [
      activity({
        country: 'DE',
        endDate: '2026-05-14',
        participants: [
          ...people(fr, { birthYear: 2008 }),
          person({ role: 'groupLeader', birthYear: 2000 }),
          ...people(de, { country: 'DE', origin: 'local', birthYear: 2008 }),
        ],
      }),
    ],
  });

const table: [string, string, ApplicationFacts, 'pass' | 'fail' | 'unknown'][] = [
  ['cerv-town-twinning', 'an event with 27 invited guests from the partner town', townTwinning(27), 'pass'],
  ['cerv-town-twinning', 'an event missing the 25 invited guests by two', townTwinning(23), 'fail'],
  [
    'cerv-town-twinning',
    'an application whose project dates are not set',
    { ...townTwinning(27), projectEnd: null },
    'unknown',
  ],
  [
    'cerv-networks-of-towns',
    'four towns of four EU countries led by a town hall',
    network(['RO', 'FR', 'DE', 'PL']),
    'pass',
  ],
  ['cerv-networks-of-towns', 'three towns only', network(['RO', 'FR', 'DE']), 'fail'],
  [
    'cerv-networks-of-towns',
    'a Moldovan town while the associated countries are not entered',
    network(['RO', 'FR', 'DE', 'MD']),
    'unknown',
  ],
  ['erasmus-youth-exchanges', 'two national groups of six with their leaders over 8 days', youth(), 'pass'],
  [
    'erasmus-youth-exchanges',
    'a 4-day exchange',
    youth({ activities: [activity({ participants: [...youthGroup('RO'), ...youthGroup('FR')] })] }),
    'fail',
  ],
  [
    'erasmus-youth-exchanges',
    'young people whose ages are not known',
    youth({
      activities: [
        activity({
          endDate: '2026-05-15',
          participants: [
            ...youthGroup('RO'),
            ...people(4, { country: 'FR', birthYear: null }),
            person({ country: 'FR', role: 'groupLeader' }),
          ],
        }),
      ],
    }),
    'unknown',
  ],
  ['ofaj-dfjw', 'eight French guests and eight German hosts for 7 days', ofaj(8, 8), 'pass'],
  ['ofaj-dfjw', 'two French guests against twelve German hosts', ofaj(2, 12), 'fail'],
  ['ofaj-dfjw', 'an exchange with no partner chosen yet', { ...ofaj(8, 8), applicants: [] }, 'unknown'],
  [
    'buergerfonds',
    'a German town with its French partner',
    facts({ applicants: [applicant('DE'), applicant('FR')] }),
    'pass',
  ],
  [
    'buergerfonds',
    'a German town with a Polish partner only',
    facts({ applicants: [applicant('DE'), applicant('PL')] }),
    'fail',
  ],
  [
    'buergerfonds',
    'partners whose country is not entered',
    facts({ applicants: [applicant('DE'), applicant(null)] }),
    'unknown',
  ],
];

describe('eligibility against every shipped programme', () => {
  it('has a pass, a fail and an unknown scenario for every shipped programme', () => {
    for (const p of shipped.programmes)
      expect(new Set(table.filter((t) => t[0] === p.programmeId).map((t) => t[3])), p.programmeId).toEqual(
        new Set(['pass', 'fail', 'unknown']),
      );
  });

  it.each(table)('%s: %s gives %s', (id, _name, f, expected) => {
    const results = checkEligibility(programme(id), f, shipped.countryLists);
    expect(overallOutcome(results), JSON.stringify(results.filter((r) => r.outcome !== 'pass'))).toBe(
      expected,
    );
  });
});
