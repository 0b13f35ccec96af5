import type { Activity } from '../../../shared/domain/activities/activity';
import { gatherAnnualReport, type AnnualSources } from '../../../shared/domain/annualReport/gather';
import type { Partnership } from '../../../shared/domain/partnership';
import type { Plan } from '../../../shared/domain/plan/plan';
import { reportWords } from '../money/reportWords';
import { sampleReportInput } from '../money/sampleBudget';
import type { AnnualReportInput } from '../pdf/builders/annual/types';

/**
 * A committee in Buziaș with two links in 2026: Ornans (a youth exchange held, a choir visit
 * cancelled, a plan with a recorded review) and Landshut (one conference still planned, no
 * plan yet). Used by the builder's tests and the `pdf.annual-report` bench row.
 */
const town = (id: string, name: string, country: string) => ({
  id,
  place: {
    name,
    country,
    region: '',
    population: null,
    coordinates: null,
    geonameId: null,
    source: 'manual' as const,
  },
  languages: [],
  contacts: [],
});

const link = (id: string, partner: ReturnType<typeof town>, extra: Partial<Partnership>): Partnership => ({
  id,
  kind: 'partnership',
  partners: [partner],
  status: 'active',
  statusHistory: [{ status: 'active', date: '2017-06-14', note: '' }],
  signings: [],
  resolutions: [],
  languages: [],
  themes: [],
  objectives: [],
  health: [],
  timeline: [],
  notes: '',
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z',
  rev: 1,
  ...extra,
});

const activity = (id: string, partnershipId: string, extra: Partial<Activity>): Activity => ({
  id,
  title: id,
  kind: 'youthExchange',
  partnershipIds: [partnershipId],
  host: 'home',
  venue: { name: '', address: '' },
  startDate: '2026-07-06',
  endDate: '2026-07-12',
  programme: [],
  languages: [],
  themes: [],
  organisationIds: [],
  notes: '',
  status: 'held',
  statusHistory: [{ status: 'held', date: '2026-07-12', note: '' }],
  createdAt: '2026-01-10T00:00:00.000Z',
  ...extra,
});

const person = (activityId: string, town: string, country: string, birthYear: number | null) => ({
  activityId,
  town,
  country,
  origin: country === 'RO' ? ('local' as const) : ('invited' as const),
  ageBand: null,
  birthYear,
  registration: 'attended' as const,
});

export function sampleAnnualSources(): AnnualSources {
  const partnerships = [
    link('ornans', town('t-ornans', 'Ornans', 'FR'), {
      signings: [{ id: 's1', date: '2017-06-14', place: 'Ornans', note: '' }],
      themes: ['youth', 'climate'],
      health: [
        { key: 1, done: true, evidence: 'Chosen in 2016 for the river and the schools.' },
        { key: 2, done: true, evidence: 'Host families and two clubs.' },
        { key: 3, done: true, evidence: '' },
        { key: 5, done: true, evidence: 'Team of six.' },
        { key: 6, done: true, evidence: 'Youth exchange every year.' },
      ],
    }),
    link('landshut', town('t-landshut', 'Landshut', 'DE'), {
      statusHistory: [
        { status: 'negotiating', date: '2025-03-01', note: '' },
        { status: 'active', date: '2026-05-09', note: '' },
      ],
    }),
  ];
  const activities = [
    activity('Youth exchange “Rivers of Europe”', 'ornans', {
      id: 'youth',
      themes: [
        { theme: 'youth', how: 'Forty young people from both towns built a river exhibition together.' },
        { theme: 'climate', how: 'Workshops on droughts along the Timiș and the Loue.' },
      ],
    }),
    activity('Choir visit to Ornans', 'ornans', {
      id: 'choir',
      kind: 'cultureOrSportEvent',
      startDate: '2026-10-02',
      endDate: '2026-10-04',
      status: 'cancelled',
      statusHistory: [{ status: 'cancelled', date: '2026-09-01', note: '' }],
    }),
    activity('Conference on rural schools', 'landshut', {
      id: 'conference',
      kind: 'conference',
      startDate: '2026-11-20',
      endDate: '2026-11-21',
      status: 'confirmed',
      statusHistory: [{ status: 'confirmed', date: '2026-09-01', note: '' }],
    }),
  ];
  const participants = [
    ...Array.from({ length: 14 }, (_, i) => person('youth', 'Buziaș', 'RO', i < 11 ? 2008 : 1975)),
    ...Array.from({ length: 9 }, (_, i) => person('youth', 'Ornans', 'FR', i < 7 ? 2009 : 1980)),
    ...Array.from({ length: 3 }, () => person('youth', 'Kraków', 'PL', null)),
    person('conference', 'Landshut', 'DE', 1970),
  ];
  const plans: Plan[] = [
    {
      id: 'plan-ornans',
      partnershipId: 'ornans',
      firstYear: 2026,
      actions: [
        {
          id: 'a1',
          title: 'Youth exchange in Buziaș',
          year: 2026,
          objectiveIds: [],
          activityIds: ['youth'],
          ownerId: 'ana',
          status: 'done',
          note: '',
          formerOwner: '',
          carried: 0,
        },
        {
          id: 'a2',
          title: 'Choir visit',
          year: 2026,
          objectiveIds: [],
          activityIds: ['choir'],
          ownerId: 'ion',
          status: 'postponed',
          note: '',
          formerOwner: '',
          carried: 0,
        },
        {
          id: 'a3',
          title: 'Exhibition at the town hall',
          year: 2026,
          objectiveIds: [],
          activityIds: [],
          ownerId: null,
          status: 'done',
          note: '',
          formerOwner: 'Maria Dinu',
          carried: 1,
        },
        {
          id: 'a4',
          title: 'Tenth anniversary festival',
          year: 2027,
          objectiveIds: [],
          activityIds: [],
          ownerId: 'ana',
          status: 'agreed',
          note: '',
          formerOwner: '',
          carried: 0,
        },
      ],
      milestones: [],
      reviews: [
        {
          id: 'r1',
          year: 2026,
          meetingDate: '2026-11-28',
          memberIds: ['ana'],
          guests: 'Mayor of Ornans',
          done: 'The youth exchange took place with 26 participants; the exhibition toured both town halls.',
          notes: 'The choir visit moves to spring 2027.',
          actions: [],
          openedYear: 2029,
        },
      ],
      createdAt: '2026-01-05T00:00:00.000Z',
    },
  ];
  const members = [
    { id: 'ana', name: 'Ana Pop' },
    { id: 'ion', name: 'Ion Marin' },
  ];
  return { partnerships, activities, participants, plans, members };
}

/** The sample as the builder gets it, with the sample budget's year as the finance section. */
export function sampleAnnualReportInput(languages: readonly string[]): AnnualReportInput {
  const budget = sampleReportInput(languages[0] ?? 'en');
  const s = budget.summary;
  return {
    languages,
    committee: { name: 'Comitetul de înfrățire Buziaș', town: 'Buziaș', country: 'RO' },
    preparedOn: '2026-12-06',
    content: gatherAnnualReport(sampleAnnualSources(), 2026, '2026-12-06'),
    finance: {
      reporting: s.reporting,
      byCategory: s.byCategory,
      byActivity: s.byActivity,
      total: s.total,
      income: s.income,
      incomeTotal: s.incomeTotal,
      ratesUsed: s.ratesUsed,
      unconverted: s.unconverted,
      activityLabels: { youth: 'Youth exchange “Rivers of Europe”' },
      words: Object.fromEntries(languages.map((l) => [l, reportWords(l)])),
    },
  };
}
