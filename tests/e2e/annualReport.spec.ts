import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AnnualReportPage } from './pages/annualReportPage';
import { invoke } from './pages/backupsPage';

const shots = join(process.cwd(), '.tmp', 'annual-shots');
const today = new Date();
const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
const year = today.getFullYear();
/** pdftotext breaks lines and turns no-break spaces into spaces: compare with spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

const participant = (activityId: string, name: string, town: string, country: string, birthYear: number) => ({
  draft: {
    activityId,
    name,
    town,
    country,
    organisationId: null,
    role: 'delegationMember',
    origin: country === 'RO' ? 'local' : 'invited',
    ageBand: null,
    birthYear,
    registration: 'attended',
    arrival: null,
    departure: null,
    email: '',
    phone: '',
    languages: [],
    needsHost: false,
    stayGroup: '',
    preferredHouseholdId: null,
    prefersSmokeFree: false,
    photoConsent: 'unknown',
    parentConsent: 'unknown',
    dietNeeds: [],
    dietNote: '',
    petAllergies: [],
    accessNeeds: '',
    stepFreeAccess: false,
    emergencyContact: null,
    notes: '',
  },
});

test('a secretary prints the annual report in English and Romanian and reads the year back from the PDF', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await mkdir(shots, { recursive: true });
  const call = (channel: string, input: unknown) => invoke(page, app.url, channel, input);
  await call('municipality:save', {
    name: 'Buziaș',
    country: 'RO',
    region: 'Timiș',
    population: 7000,
    languages: ['ro'],
    coordinates: null,
  });
  await call('committee:save', {
    name: 'Comitetul de înfrățire Buziaș',
    legalForm: 'association',
    address: '',
    email: '',
    registrationNumber: '',
  });
  const ana = (await call('member:save', {
    name: 'Ana Pop',
    role: 'member',
    email: '',
    phone: '',
    termStart: null,
    termEnd: null,
    address: 'none',
  })) as { id: string };
  const link = (await call('partnership:save', {
    kind: 'partnership',
    status: 'active',
    statusSince: `${year - 9}-06-14`,
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
    signings: [{ date: `${year - 9}-06-14`, place: 'Ornans', note: '' }],
    resolutions: [],
    languages: ['ro', 'fr'],
    themes: ['youth'],
    notes: '',
  })) as { id: string };
  const exchange = (await call('activities:save', {
    title: 'Youth exchange on the river',
    kind: 'youthExchange',
    partnershipIds: [link.id],
    host: 'home',
    venue: { name: '', address: '' },
    startDate: iso,
    endDate: iso,
    programme: [],
    languages: ['ro', 'fr'],
    themes: [{ theme: 'youth', how: 'The young people ran the workshops themselves.' }],
    organisationIds: [],
    notes: '',
    status: 'planned',
  })) as { id: string };
  for (const status of ['confirmed', 'held'])
    await call('activities:setStatus', { id: exchange.id, status, date: iso, note: '' });
  await call('participants:save', participant(exchange.id, 'Ioana', 'Buziaș', 'RO', year - 16));
  await call('participants:save', participant(exchange.id, 'Mihai', 'Buziaș', 'RO', year - 50));
  await call('participants:save', participant(exchange.id, 'Léa', 'Ornans', 'FR', year - 17));
  const plan = (await call('plan:start', { partnershipId: link.id, firstYear: year })) as {
    id: string;
    rev: number;
  };
  await call('plan:saveAction', {
    planId: plan.id,
    rev: plan.rev,
    action: {
      title: 'Youth exchange in Buziaș',
      year,
      objectiveIds: [],
      activityIds: [exchange.id],
      ownerId: ana.id,
      status: 'done',
      note: '',
    },
  });

  await page.goto(`${app.url}#/team`);
  const report = new AnnualReportPage(page);
  await report.open();
  await report.setYear(year);
  await report.chooseSecondLanguage('Romanian');
  await page.screenshot({ path: join(shots, 'dialog.png') });
  const pdf = join(shots, 'annual-report.pdf');
  await report.print(pdf);

  const text = fold(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  expect(text).toContain('Comitetul de înfrățire Buziaș');
  expect(text).toContain(`Annual report ${year}`);
  expect(text).toContain(`Raport anual ${year}`);
  expect(text).toContain('Ornans (France)');
  expect(text).toContain('Ornans (Franța)');
  expect(text).toContain('Actions done: 1 of 1');
  expect(text).toContain('Youth exchange on the river');
  expect(text).toContain('Romania 2');
  expect(text).toContain('France 1');
  // Two of the three are under 30.
  expect(text).toContain('67% of 3');
  expect(text).toContain('67 % din 3');
  expect(text).toContain('The young people ran the workshops themselves.');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  expect(text).toContain(`Page 1 of ${pages} / Pagina 1 din ${pages}`);
});
