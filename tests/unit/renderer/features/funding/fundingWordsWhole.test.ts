import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../../../renderer/i18n';
import { estimateBasis, resultText, ruleText } from '../../../../../renderer/features/funding/fundingWords';
import { checkEligibility } from '../../../../../shared/domain/funding/eligibility';
import { estimateGrant } from '../../../../../shared/domain/funding/estimate';
import { townKey, type ApplicationFacts } from '../../../../../shared/domain/funding/facts';
import { AmountPart, type Programme } from '../../../../../shared/domain/funding/programme';
import { useLocale } from '../../helpers/render';
import { activity, applicant, facts, people, person, programme, shipped } from '../../helpers/fundingData';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
const src = { source: { title: 'Call document', url: '' }, checked: '2026-01-01', note: '' };

/** Every kind of amount part, each once with its figures entered and once still empty. */
const parts = (entered: boolean): AmountPart[] =>
  [
    {
      id: 'ls',
      kind: 'lumpSumBands',
      who: 'invited',
      bands: entered ? [{ min: 1, max: 40, amount: 100 }] : [],
    },
    {
      id: 'lsn',
      kind: 'lumpSumBands',
      who: 'invited',
      bands: entered ? [{ min: 90, max: null, amount: 1 }] : [],
    },
    { id: 'tb', kind: 'travelBands', bands: entered ? [{ fromKm: 10, toKm: 99, amount: 7 }] : [] },
    { id: 'pd', kind: 'perDay', who: 'all', rate: entered ? 50 : null },
    { id: 'pk', kind: 'perKm', who: 'travelling', rate: entered ? 16 : null, roundTrip: true },
    { id: 'sc', kind: 'shareOfCosts', maxShare: 0.8, categories: [{ id: 'a', upTo: null }] },
  ].map((p) => AmountPart.parse({ ...src, ...p }));

const withParts = (entered: boolean): Programme => ({
  ...programme('erasmus-youth-exchanges'),
  amounts: parts(entered),
});

/** One traveller with a known distance, one without; and a case with many of each. */
const estimateFacts: ApplicationFacts[] = [
  facts({
    activities: [
      activity({
        participants: [person(), person({ town: 'Landshut', country: 'DE' })],
        distances: { [townKey('FR', 'Ornans')]: 1450 },
      }),
    ],
    plannedCosts: null,
  }),
  facts({
    activities: [activity({ participants: people(8), distances: { [townKey('FR', 'Ornans')]: 50 } })],
    plannedCosts: 1_000_00,
  }),
  facts({ activities: [activity({ participants: [...people(8), ...people(2, { town: 'Nowhere' })] })] }),
];

const group = (country: string, young: number, leaders = 1) => [
  ...people(young, { country, birthYear: 2008 }),
  ...people(leaders, { country, role: 'groupLeader', birthYear: 1990 }),
];
/** Applications that bring out every reason the shipped rules give: pass, fail and cannot judge. */
const checkFacts: ApplicationFacts[] = [
  facts(),
  facts({
    applicants: [applicant(null)],
    activities: [activity({ participants: [person({ country: null })] })],
  }),
  facts({
    applicants: [applicant('RO', { lead: true }), applicant('FR')],
    projectStart: '2026-01-01',
    projectEnd: '2026-12-31',
    activities: [activity({ participants: [...group('FR', 4), ...group('RO', 4)] })],
  }),
  facts({
    applicants: [applicant('RO', { lead: true }), applicant('FR')],
    projectStart: '2026-01-01',
    projectEnd: '2026-01-20',
    activities: [activity({ endDate: '2026-05-08', participants: group('RO', 1) })],
  }),
  facts({
    applicants: [applicant('RO', { lead: true, kind: 'school' }), applicant('MD')],
    projectStart: '2026-01-01',
    projectEnd: '2029-06-15',
    activities: [
      activity({
        participants: [
          ...group('RO', 3, 3),
          person({ birthYear: 1960 }),
          person({ ageBand: 'under18', birthYear: null }),
          person({ role: 'groupLeader', birthYear: 2012 }),
          person({ role: 'groupLeader', birthYear: null, ageBand: null }),
        ],
      }),
    ],
  }),
  facts({
    applicants: [applicant('DE', { lead: true }), applicant('FR')],
    activities: [activity({ country: null, participants: people(40) })],
  }),
];

describe('the funding words are whole sentences in every language', () => {
  beforeAll(() => useLocale('en'));

  it.each(LANGUAGES)('leaves no placeholder in any estimate line (%s)', (lng) => {
    const t = i18n.getFixedT(lng);
    const seen = new Set<string>();
    for (const entered of [true, false])
      for (const f of estimateFacts)
        for (const line of estimateGrant(withParts(entered), f).lines) {
          seen.add(`${line.kind}:${line.status}`);
          const text = estimateBasis(t, line);
          expect(text, `${line.kind} ${line.status}`).not.toMatch(/\{\{|undefined|null|NaN/);
          expect(text.trim()).not.toBe('');
        }
    // Every kind of part, in every state it can be in.
    expect([...seen].sort()).toEqual(
      [
        'lumpSumBands:computed',
        'lumpSumBands:noBand',
        'lumpSumBands:notEntered',
        'perDay:computed',
        'perDay:notEntered',
        'perKm:computed',
        'perKm:dataMissing',
        'perKm:notEntered',
        'shareOfCosts:computed',
        'shareOfCosts:dataMissing',
        'travelBands:computed',
        'travelBands:dataMissing',
        'travelBands:notEntered',
      ].sort(),
    );
  });

  it.each(LANGUAGES)('leaves no placeholder in any rule or reason of the shipped programmes (%s)', (lng) => {
    const t = i18n.getFixedT(lng);
    const reasons = new Set<string>();
    for (const p of shipped.programmes) {
      for (const rule of p.rules) expect(ruleText(t, rule), rule.id).not.toMatch(/\{\{|undefined|null/);
      for (const f of checkFacts)
        for (const r of checkEligibility(p, f, shipped.countryLists)) {
          reasons.add(`${r.kind}.${r.reason}`);
          const text = resultText(t, r);
          expect(text, `${p.programmeId} ${r.kind}.${r.reason}`).not.toMatch(/\{\{|undefined|null|NaN/);
          expect(text, `${r.kind}.${r.reason}`).not.toMatch(/^funding:|reason\./);
        }
    }
    expect(reasons.size).toBeGreaterThan(25);
  });

  it('says the travellers with and without a known distance apart, in the four languages', () => {
    const line = {
      partId: 'travel',
      kind: 'travelBands',
      status: 'notEntered',
      amount: null,
      figures: { people: 1, unknown: 3, outside: 0 },
    } as const;
    expect(estimateBasis(i18n.getFixedT('en'), line)).toBe('1 traveller with a known distance, 3 without');
    expect(estimateBasis(i18n.getFixedT('ro'), line)).toBe('1 călător cu distanța cunoscută, 3 fără');
    expect(estimateBasis(i18n.getFixedT('fr'), line)).toBe('1 voyageur dont la distance est connue, 3 sans');
    expect(estimateBasis(i18n.getFixedT('de'), line)).toBe(
      '1 reisende Person mit bekannter Entfernung, 3 ohne',
    );
  });

  it('counts national groups in each language’s plural forms', () => {
    const ok = (groups: number) => ({
      kind: 'nationalGroups' as const,
      reason: 'ok',
      figures: { groups, minGroups: 2, minYoung: 4, minLeaders: 1, activity: 'Rivers' },
    });
    expect(resultText(i18n.getFixedT('en'), ok(1))).toBe('1 national group in Rivers, each large enough.');
    expect(resultText(i18n.getFixedT('en'), ok(2))).toBe('2 national groups in Rivers, each large enough.');
    expect(resultText(i18n.getFixedT('ro'), ok(1))).toMatch(/^1 grup național la Rivers/);
    expect(resultText(i18n.getFixedT('ro'), ok(3))).toMatch(/^3 grupuri naționale la Rivers/);
    expect(resultText(i18n.getFixedT('ro'), ok(21))).toMatch(/^21 de grupuri naționale la Rivers/);
    expect(resultText(i18n.getFixedT('fr'), ok(1))).toMatch(/^1 groupe national dans Rivers/);
    expect(resultText(i18n.getFixedT('de'), ok(1))).toMatch(/^1 nationale Gruppe in Rivers/);
    expect(resultText(i18n.getFixedT('de'), ok(2))).toMatch(/^2 nationale Gruppen in Rivers/);
  });

  it('names the country whose group is missing', () => {
    const missing = {
      kind: 'nationalGroups' as const,
      reason: 'groupMissing',
      figures: { groups: 1, minGroups: 2, missing: 'FR', activity: 'Rivers' },
    };
    expect(resultText(i18n.getFixedT('en'), missing, () => 'France')).toBe(
      'No participant from France is recorded in Rivers yet: each applicant’s country sends a national group.',
    );
  });
});
