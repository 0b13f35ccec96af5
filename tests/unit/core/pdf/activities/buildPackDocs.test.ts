import { describe, expect, it } from 'vitest';
import { buildFinalReportDoc } from '../../../../../electron/core/pdf/builders/activities/buildFinalReportDoc';
import { buildPublicationDoc } from '../../../../../electron/core/pdf/builders/activities/buildPublicationDoc';
import type {
  PackActivity,
  PackHeader,
} from '../../../../../electron/core/pdf/builders/activities/packTypes';
import { countParticipants } from '../../../../../shared/domain/activities/counts';
import { money } from '../../../../../shared/domain/money/money';
import { participant } from '../../../shared/domain/activities/fixtures';

const header: PackHeader = {
  lang: 'en',
  title: 'Twinning days',
  committee: 'Comitetul de înfrățire Buziaș',
  programme: { name: 'OFAJ / DFJW', callYear: 2026, callCode: '', funder: 'OFAJ' },
};
const local = (n: number) =>
  Array.from({ length: n }, () => participant({ origin: 'local', town: 'Buziaș', country: 'RO' }));
const activity = (people = local(3)): PackActivity => ({
  event: {
    title: 'Local fair',
    kind: 'cultureOrSportEvent',
    startDate: '2026-06-01',
    endDate: '2026-06-01',
    hostTown: { name: 'Buziaș', country: 'RO' },
    venue: { name: '', address: '' },
    programme: [],
    themes: [],
  },
  counts: countParticipants(people, '2026-06-01'),
});
const text = (doc: unknown) => JSON.stringify(doc);

describe('the publication text as data', () => {
  it('prints no statement when the programme gives none, and no invited towns where none came', () => {
    const doc = text(buildPublicationDoc({ ...header, statement: null, activities: [activity()] }));
    expect(doc).not.toContain('European Union');
    expect(doc).toContain('Participants in the event: 3.');
    expect(doc).not.toContain('invited from');
  });

  it('frames the statement at the top when the programme gives one', () => {
    const doc = text(
      buildPublicationDoc({ ...header, statement: 'Funded by the European Union', activities: [activity()] }),
    );
    expect(doc.indexOf('Funded by the European Union')).toBeLessThan(doc.indexOf('Local fair'));
  });
});

describe('the final report as data', () => {
  const zero = money(0, 'EUR');
  const row = {
    key: 'total',
    year: null,
    activityId: null,
    category: null,
    planned: zero,
    actual: zero,
    variance: zero,
    usedPercent: null,
  };
  const report = (over: Partial<Parameters<typeof buildFinalReportDoc>[0]> = {}) =>
    text(
      buildFinalReportDoc({
        ...header,
        applicants: [],
        projectStart: null,
        projectEnd: null,
        amounts: { requested: null, awarded: null, advanced: null, paid: null },
        activities: [activity()],
        participants: {
          total: 3,
          invited: 0,
          local: 3,
          byCountry: [{ country: null, count: 3 }],
          byInvitedTown: [],
          youth: { under18: 0, under30: 0, ageKnown: 0, share: 0 },
        },
        costs: { currency: 'EUR', byCategory: [], total: row, unconverted: 0 },
        categoryLabels: {},
        preparedOn: '2026-12-06',
        ...over,
      }),
    );

  it('says what is not known instead of printing empty tables or a share of nothing', () => {
    const doc = report();
    expect(doc).toContain('No participant’s age is known');
    expect(doc).toContain('country not known');
    expect(doc).toContain('No invited participants are registered.');
    expect(doc).toContain('No budget lines or payments are recorded for these activities.');
    expect(doc).toContain('No theme is claimed for this activity.');
    expect(doc).toContain('"Project period"');
    expect(doc).toContain('not set');
  });

  it('names the categories in the report’s language and counts what had no exchange rate', () => {
    const travel = { ...row, key: 'travel', category: 'travel', planned: money(1000, 'EUR') };
    const doc = report({
      costs: { currency: 'EUR', byCategory: [travel], total: travel, unconverted: 2 },
      categoryLabels: { travel: 'Transport' },
    });
    expect(doc).toContain('Transport');
    expect(doc).toContain('for want of an exchange rate to EUR: 2.');
  });
});
