import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { participant } from '../unit/shared/domain/activities/fixtures';
import {
  callError,
  member,
  must,
  openBackend,
  quietLog,
  removeDir,
  tempDataDir,
  committee,
} from './helpers/backend';
import { parsePdf } from './helpers/pdf';

// The helper's clock stands on 2026-05-09.
const ornans: Input<'partnership:save'> = {
  kind: 'partnership',
  status: 'active',
  statusSince: '2017-06-14',
  partners: [
    {
      place: {
        name: 'Ornans',
        country: 'FR',
        region: '',
        population: 4000,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: ['fr'],
      contacts: [],
    },
  ],
  signings: [{ date: '2017-06-14', place: 'Ornans', note: '' }],
  resolutions: [],
  languages: ['ro', 'fr'],
  themes: ['youth'],
  notes: '',
};

/** pdfjs splits runs and no-break spaces differ: compare with spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

async function seed(backend: Backend) {
  await must(backend, 'municipality:save', {
    name: 'Buziaș',
    country: 'RO',
    region: 'Timiș',
    population: 7000,
    languages: ['ro'],
    coordinates: null,
  });
  await must(backend, 'committee:save', committee());
  const ana = await must(backend, 'member:save', member('Ana Pop'));
  const link = await must(backend, 'partnership:save', ornans);
  const exchange = await must(backend, 'activities:save', {
    title: 'Spring youth exchange',
    kind: 'youthExchange',
    partnershipIds: [link.id],
    host: 'home',
    venue: { name: '', address: '' },
    startDate: '2026-04-10',
    endDate: '2026-04-14',
    programme: [],
    languages: ['ro', 'fr'],
    themes: [{ theme: 'youth', how: 'The young people ran the programme themselves.' }],
    organisationIds: [],
    notes: '',
    status: 'planned',
  });
  for (const status of ['confirmed', 'held'] as const)
    await must(backend, 'activities:setStatus', { id: exchange.id, status, date: '2026-05-09', note: '' });
  const people: [string, string, number][] = [
    ['Buziaș', 'RO', 2009],
    ['Buziaș', 'RO', 2010],
    ['Buziaș', 'RO', 1970],
    ['Ornans', 'FR', 2008],
    ['Ornans', 'FR', 1965],
  ];
  for (const [i, [town, country, birthYear]] of people.entries()) {
    const { id: _id, ...draft } = participant({
      activityId: exchange.id,
      name: `Person ${i}`,
      town,
      country,
      origin: country === 'RO' ? 'local' : 'invited',
      birthYear,
      ageBand: null,
      registration: 'attended',
    });
    await must(backend, 'participants:save', { draft });
  }
  const plan = await must(backend, 'plan:start', { partnershipId: link.id, firstYear: 2026 });
  const action = (title: string, status: 'done' | 'agreed') => ({
    title,
    year: 2026,
    objectiveIds: [],
    activityIds: [],
    ownerId: ana.id,
    status,
    note: '',
  });
  const one = await must(backend, 'plan:saveAction', {
    planId: plan.id,
    rev: plan.rev,
    action: action('Youth exchange in Buziaș', 'done'),
  });
  await must(backend, 'plan:saveAction', {
    planId: plan.id,
    rev: one.rev,
    action: action('Choir visit', 'agreed'),
  });
  await must(backend, 'rates:save', {
    from: 'EUR',
    to: 'RON',
    rate: '4.9770',
    // InforEuro gives a rate for each month: April's converts the April payment.
    date: '2026-04-01',
    source: 'inforeuro',
    note: '',
  });
  await must(backend, 'budgetLines:save', {
    year: 2026,
    category: 'travel',
    description: 'Coach',
    planned: { amount: 200000, currency: 'EUR' },
  });
  await must(backend, 'ledger:save', {
    direction: 'expense',
    date: '2026-04-12',
    counterparty: 'Autocar SRL',
    category: 'travel',
    amount: { amount: 497700, currency: 'RON' },
  });
}

describe('the annual report, printed through the one document channel', () => {
  let dir: string;
  let backend: Backend;

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, quietLog());
    await seed(backend);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('reads back what was planned and done, participants per country, the youth share and the money', async () => {
    const doc = await must(backend, 'document:render', {
      kind: 'annualReport',
      params: { year: 2026, languages: ['en'] },
    });
    expect(doc.fileName).toBe('annual-report-2026-en.pdf');
    const pdf = await parsePdf(doc.bytes);
    const text = fold(pdf.text.join(' '));
    expect(text).toMatch(/^Comitetul de înfrățire Buziaș Buziaș, Romania Annual report 2026/);
    expect(text).toContain('Ornans (France)');
    expect(text).toContain('Actions done: 1 of 2');
    expect(text).toContain('Youth exchange in Buziaș Ana Pop Done');
    expect(text).toContain('Choir visit Ana Pop Agreed');
    expect(text).toContain('Spring youth exchange');
    expect(text).toContain('Romania 3');
    expect(text).toContain('France 2');
    // Three of the five were under 30 in April 2026.
    expect(text).toContain('60% of 5');
    expect(text).toContain('The young people ran the programme themselves.');
    expect(text).toMatch(/Travel €2,000\.00 €1,000\.00 -€1,000\.00 50\.0%/);
    expect(text).toContain('1 EUR = 4.977 RON');
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    expect(pdf.title).toBe('Annual report 2026: Comitetul de înfrățire Buziaș');
  });

  it('prints the whole report in Romanian and then in French, each page numbered in both', async () => {
    const doc = await must(backend, 'document:render', {
      kind: 'annualReport',
      params: { year: 2026, languages: ['ro', 'fr'] },
    });
    const pdf = await parsePdf(doc.bytes);
    const pages = pdf.text.map(fold);
    const frFrom = pages.findIndex((p) => p.includes('Rapport annuel 2026'));
    expect(frFrom).toBeGreaterThan(0);
    expect(pages.slice(0, frFrom).join(' ')).toContain('Raport anual 2026');
    expect(pages.slice(0, frFrom).join(' ')).toContain('Tineri sub 30 de ani');
    expect(pages.slice(frFrom).join(' ')).toContain('Jeunes de moins de 30 ans');
    expect(pages.slice(frFrom).join(' ')).toContain('Participants aux activités réalisées');
    expect(pages[0]).toContain(`Pagina 1 din ${pdf.pages} / Page 1 sur ${pdf.pages}`);
  });

  it('refuses the same language twice and a year out of range, naming the field', async () => {
    const twice = await callError(backend, 'document:render', {
      kind: 'annualReport',
      params: { year: 2026, languages: ['ro', 'ro'] },
    });
    expect(twice.code).toBe('VALIDATION');
    expect(twice.issues?.[0]?.path).toEqual(['params', 'languages']);
    const far = await callError(backend, 'document:render', {
      kind: 'annualReport',
      params: { year: 1800, languages: ['en'] },
    });
    expect(far.issues?.[0]?.path).toEqual(['params', 'year']);
  });
});
