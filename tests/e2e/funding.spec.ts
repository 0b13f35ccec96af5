import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type App } from './fixtures';
import { ActivityPages } from './pages/activityPages';
import { MoneyPage } from './pages/moneyPage';
import { answered } from './pages/invokes';
import { pdfText, ReportingPack } from './pages/reportingPack';

const shots = join(import.meta.dirname, '..', '..', '.tmp', 'funding-shots');

type Db = Record<string, unknown[]> & {
  activities: Record<string, unknown>[];
  partnerships: Record<string, unknown>[];
};

const person = (id: string, town: string, country: string, origin: 'invited' | 'local') => ({
  id,
  rev: 1,
  updatedAt: '2026-11-01T10:00:00.000Z',
  activityId: 'tl-e-visit',
  name: `Guest ${id}`,
  town,
  country,
  organisationId: null,
  role: 'delegationMember',
  origin,
  ageBand: null,
  birthYear: 1980,
  registration: 'confirmed',
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
});

/** Participants have no screen on this branch: they are written into the stopped app's store. */
async function editStore(app: App, edit: (db: Db) => void, from?: string): Promise<void> {
  await app.stop();
  const file = join(app.dataDir, 'store.json');
  const db = JSON.parse(await readFile(from ?? file, 'utf8')) as Db;
  edit(db);
  await writeFile(file, JSON.stringify(db));
  await app.start();
}

test('a town-twinning event missing the 25 invited guests by two fails, passes once a second partner town is invited, is submitted and awarded, and gives its reporting pack', async ({
  page,
  app,
}) => {
  // Three PDFs and a zip are made and read back on top of the checks.
  test.setTimeout(120_000);
  await mkdir(shots, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await editStore(
    app,
    (db) => {
      db.activities[0]!.host = 'home';
      (db.settings![0] as { locale: string }).locale = 'en';
      db.participants = [
        ...Array.from({ length: 23 }, (_, i) => person(`l${i}`, 'Landshut', 'DE', 'invited')),
        ...Array.from({ length: 30 }, (_, i) => person(`s${i}`, 'Sibiu', 'RO', 'local')),
      ];
    },
    join(import.meta.dirname, '..', 'fixtures', 'stores', 'v8.json'),
  );
  const ui = new ActivityPages(page);
  await page.goto(`${app.url}#/funding`);
  await expect(page.getByRole('heading', { name: 'Funding', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'New application' }).click();
  const form = page.getByRole('form', { name: 'New application' });
  await form.getByRole('textbox', { name: 'Title' }).fill('City days with our partners');
  await ui.choose(form, 'Programme version', 'CERV Town-Twinning 2026');
  await ui.choose(form, 'Activities funded', 'Delegation from Landshut at the Sibiu city days (12 May 2024)');
  for (const [n, name, country] of [
    [1, 'Primăria Sibiu', 'Romania'],
    [2, 'Stadt Landshut', 'Germany'],
  ] as const) {
    await form.getByRole('button', { name: 'Add an applicant' }).click();
    const row = form.getByRole('group', { name: `Applicant ${n}` });
    await row.getByRole('textbox', { name: 'Name' }).fill(name);
    await ui.choose(row, 'Country', country);
  }
  await ui.pickDate(form, 'Project starts', '2027-03-01');
  await ui.pickDate(form, 'Project ends', '2027-10-31');
  await form.getByRole('button', { name: /Use the programme's deadline/ }).click();
  await page.screenshot({ path: join(shots, 'application-form.png'), fullPage: true });
  const saved = answered(page, 'funding:saveApplication');
  await form.getByRole('button', { name: 'Save the application' }).click();
  await saved;
  await expect(page.getByRole('heading', { name: 'City days with our partners' })).toBeVisible();
  await expect(page.getByText('Internal deadline: 9 September 2026 (14 days before)')).toBeVisible();

  await page.getByRole('button', { name: 'Check eligibility' }).click();
  const invited = page.locator('[data-rule="invited-participants"]');
  await expect(invited).toHaveAttribute('data-outcome', 'fail');
  await expect(invited).toContainText(
    '23 invited international participants from 1 country in Delegation from Landshut at the Sibiu city days; the rule asks at least 25.',
  );
  await page.screenshot({ path: join(shots, 'check-fails.png'), fullPage: true });

  await editStore(app, (db) => {
    const ornans = structuredClone(db.partnerships[0]!) as Record<string, unknown> & {
      partners: Record<string, unknown>[];
    };
    ornans.id = 'p-ornans';
    ornans.partners = [
      {
        id: 't-ornans',
        place: {
          name: 'Ornans',
          country: 'FR',
          region: 'Doubs',
          population: 4300,
          coordinates: { lat: 47.1, lon: 6.15 },
          geonameId: null,
          source: 'manual',
        },
        languages: ['fr'],
        contacts: [],
      },
    ];
    db.partnerships.push(ornans);
    db.activities[0]!.partnershipIds = ['p-landshut', 'p-ornans'];
    db.participants!.push(...Array.from({ length: 4 }, (_, i) => person(`o${i}`, 'Ornans', 'FR', 'invited')));
  });
  await page.reload();
  await page.getByRole('button', { name: 'Check eligibility' }).click();
  await expect(invited).toContainText('27 invited international participants from 2 countries');
  await expect(page.getByRole('status').filter({ hasText: 'Every rule passes.' })).toBeVisible();

  await page.getByRole('button', { name: 'Estimate the grant' }).click();
  await expect(page.getByText('No part of the grant can be computed yet.')).toBeVisible();
  await expect(page.getByRole('cell', { name: '27 participants counted' })).toBeVisible();
  await page.screenshot({ path: join(shots, 'check-passes.png'), fullPage: true });

  const pack = new ReportingPack(page);
  await expect(pack.section).toHaveCount(0);
  for (const status of ['Drafting', 'Submitted', 'Awarded']) {
    await page.getByRole('button', { name: `Mark as ${status}` }).click();
    const dialog = page.getByRole('dialog', { name: `Mark the application as ${status}` });
    // The award asks what the grant decision gives; nothing was requested in figures here.
    if (status === 'Awarded') await dialog.getByLabel('Amount awarded').fill('24000');
    const moved = answered(page, 'funding:setApplicationStatus');
    await dialog.getByRole('button', { name: status }).click();
    await moved;
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByRole('button', { name: 'Mark as Contracted' })).toBeVisible();
  await page.screenshot({ path: join(shots, 'awarded.png'), fullPage: true });

  // Once awarded, the reporting pack: its documents one by one, then all of them in one zip.
  await expect(pack.section).toContainText('A signed participant list for each of the 2 invited towns');
  await expect(pack.section).toContainText("with the programme's funding statement");
  const report = await pack.download('Final report (PDF)');
  expect(report.name).toBe('final-report-city-days-with-our-partners.pdf');
  const reportText = pdfText(report.path);
  for (const s of [
    'Final report City days with our partners',
    'CERV Town-Twinning 2026',
    'Primăria Sibiu (Romania), lead applicant',
    'Delegation from Landshut at the Sibiu city days',
    'Total 57 Invited participants 27 Local participants 30',
    '0 of the 57 participants whose age is known (0%)',
    'Landshut Germany 23 Ornans France 4',
    'Costs against the budget',
  ])
    expect(reportText).toContain(s);
  const ornansList = await pack.download(
    'Signed lists (PDF)',
    'Ornans (France), Delegation from Landshut at the Sibiu city days',
  );
  const listText = pdfText(ornansList.path);
  expect(listText).toContain('Invited town: Ornans (France)');
  expect(listText.match(/Guest o\d/g)).toHaveLength(4);
  const publication = await pack.download('Publication text (PDF)');
  const publicationText = pdfText(publication.path);
  expect(publicationText).toContain('Funded by the European Union');
  expect(publicationText).toContain(
    'Participants in the event: 57, of whom 27 invited from: Landshut (Germany): 23 Ornans (France): 4',
  );
  const zip = await pack.savePack(join(shots, 'pack'));
  expect(zip.name).toBe('reporting-pack-city-days-with-our-partners.zip');
  const folder = 'reporting-pack-city-days-with-our-partners/';
  expect(zip.entries.map((e) => e.name)).toEqual([
    `${folder}final-report-city-days-with-our-partners.pdf`,
    `${folder}signed-list-delegation-from-landshut-at-the-sibiu-city-days-landshut.pdf`,
    `${folder}signed-list-delegation-from-landshut-at-the-sibiu-city-days-ornans.pdf`,
    `${folder}publication-text-city-days-with-our-partners.pdf`,
  ]);
  expect(pdfText(zip.entries[0]!.path)).toContain('Total 57 Invited participants 27');
  // Landshut's delegation signs a list in English and in German.
  expect(pdfText(zip.entries[1]!.path)).toContain('Invited town / Eingeladene Stadt: Landshut (Germany)');
  expect(pdfText(zip.entries[3]!.path)).toContain('Funded by the European Union');
  await page.screenshot({ path: join(shots, 'reporting-pack.png'), fullPage: true });

  await page.goto(`${app.url}#/funding/programmes/cerv-town-twinning/2026`);
  await expect(page.getByText('Each event: at least 25 invited international participants')).toBeVisible();
  await page.screenshot({ path: join(shots, 'programme.png'), fullPage: true });
  await page.getByRole('button', { name: 'Copy to a new call year' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Copy to a new call year' }).click();
  await expect(page.getByRole('heading', { name: 'CERV Town-Twinning 2027' })).toBeVisible();
  await page.screenshot({ path: join(shots, 'programme-edit.png'), fullPage: true });
  await page.goto(`${app.url}#/funding?tab=programmes`);
  await page.screenshot({ path: join(shots, 'programmes.png'), fullPage: true });
  await page.goto(`${app.url}#/`);
  await expect(page.getByRole('heading', { name: 'Funding deadlines' })).toBeVisible();
  await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });
});

test('a grant booked in the ledger against its application shows on the application, its documents keep their files, and its deadlines go into the calendar', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await editStore(
    app,
    (db) => {
      (db.settings![0] as { locale: string }).locale = 'en';
      db.applications = [
        {
          id: 'app-links',
          rev: 1,
          updatedAt: '2026-11-01T10:00:00.000Z',
          title: 'Europe Days 2027',
          programme: { programmeId: 'cerv-town-twinning', callYear: 2026, recordId: null },
          programmeId: 'cerv-town-twinning',
          activityIds: [],
          applicants: [],
          projectStart: null,
          projectEnd: null,
          deadline: { date: '2026-09-23', time: '17:00', timeZone: 'Europe/Brussels' },
          internalDaysBefore: 14,
          checklist: [],
          amounts: {
            requested: { amount: 3_000_000, currency: 'EUR' },
            awarded: null,
            advanced: null,
            paid: null,
          },
          plannedCosts: null,
          notes: '',
          status: 'drafting',
          history: [
            { status: 'idea', date: '2026-10-01', note: '' },
            { status: 'drafting', date: '2026-10-02', note: '' },
          ],
          lastCheck: null,
          createdAt: '2026-10-01T10:00:00.000Z',
        },
      ];
    },
    join(import.meta.dirname, '..', 'fixtures', 'stores', 'v8.json'),
  );
  const money = new MoneyPage(page);
  await page.goto(`${app.url}#/money?tab=ledger`);
  // The first screen after the restart loads the whole bundle, slow on a shared machine.
  await page.getByRole('button', { name: 'Add entry' }).click({ timeout: 30_000 });
  const form = money.form('New ledger entry');
  await form.getByText('Income', { exact: true }).click();
  await money.choose(form, 'Income source', 'Grant');
  await money.choose(form, 'Funding application', 'Europe Days 2027 (CERV Town-Twinning 2026)');
  await form.getByRole('textbox', { name: 'Amount' }).fill('12000');
  await money.save(form, 'ledger:save');

  await page.goto(`${app.url}#/funding/applications/app-links`);
  await expect(page.getByRole('heading', { name: 'Europe Days 2027' })).toBeVisible();
  await expect(page.getByText('Booked in the ledger')).toBeVisible();
  await expect(page.getByRole('table', { name: /Income booked against this application/ })).toContainText(
    '€12,000.00',
  );

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach a file (Application form (Part A and Part B))' }).click();
  await (
    await chooser
  ).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain words') });
  // Bytes travel in a binary frame: the refusal is awaited on screen.
  await expect(page.getByRole('alert').filter({ hasText: 'This kind of file cannot be kept' })).toBeVisible();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach a file (Application form (Part A and Part B))' }).click();
  await (
    await again
  ).setFiles({ name: 'Form.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%form\n') });
  await expect(page.getByRole('button', { name: /Open Form\.pdf/ })).toBeVisible();
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'grant-income-and-documents.png'), fullPage: true });
  const opened = page.waitForEvent('download');
  await page.getByRole('button', { name: /Open Form\.pdf/ }).click();
  expect((await opened).suggestedFilename()).toBe('Form.pdf');

  await page.goto(`${app.url}#/team?tab=deadlines`);
  await expect(page.getByText(/Internal 9 September 2026/)).toBeVisible();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the calendar' }).click();
  const ics = await readFile((await (await exported).path())!, 'utf8');
  expect(ics).toContain('DTSTART;VALUE=DATE:20260909');
  expect(ics).toContain('DTSTART:20260923T150000Z');
});
