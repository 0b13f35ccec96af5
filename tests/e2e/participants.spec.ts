import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { invoke } from './pages/backupsPage';
import { ParticipantsPage } from './pages/participantsPage';
import { sheetXlsx, sixtyRows } from '../integration/helpers/participantSheet';

const town = (name: string, country: string, language: string) => ({
  key: name,
  place: {
    name,
    country,
    region: '',
    population: 60_000,
    coordinates: null,
    geonameId: null,
    source: 'manual',
  },
  languages: [language],
  contacts: [],
});

const shot = (name: string) => ({ path: `.tmp/shots-people/${name}.png`, fullPage: true });

test('a secretary imports 60 participants from a spreadsheet, puts a bad row right, sees the counts and prints the signed list of one invited town', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await mkdir('.tmp/shots-people', { recursive: true });
  await invoke(page, app.url, 'municipality:save', {
    name: 'Sibiu',
    country: 'RO',
    region: 'Sibiu',
    population: 134_000,
    languages: ['ro'],
    coordinates: null,
  });
  const link = (await invoke(page, app.url, 'partnership:save', {
    kind: 'partnership',
    partners: [town('Landshut', 'DE', 'de'), town('Rennes', 'FR', 'fr')],
    signings: [],
    resolutions: [],
    languages: ['ro', 'de'],
    themes: ['youth'],
    notes: '',
  })) as { id: string };
  const activity = (await invoke(page, app.url, 'activities:save', {
    title: 'Youth exchange in Sibiu',
    kind: 'youthExchange',
    partnershipIds: [link.id],
    host: 'home',
    venue: { name: 'Casa Tineretului', address: 'Str. Mitropoliei 10' },
    startDate: '2026-06-10',
    endDate: '2026-06-13',
    programme: [
      { date: '2026-06-10', items: [{ time: '18:00', title: 'Welcome dinner', place: '', note: '' }] },
    ],
    languages: ['ro', 'de'],
    themes: [],
    organisationIds: [],
    notes: '',
  })) as { id: string };

  const people = new ParticipantsPage(page);
  await people.goto(app.url, activity.id);
  await expect(people.panel.getByText('Nobody is registered yet.', { exact: false })).toBeVisible();

  // Sixty rows, four of them bad: the preview says why, line by line, and writes nothing.
  const dialog = await people.chooseSheet('registrations.xlsx', await sheetXlsx(sixtyRows()));
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '60 rows read: 56 ready, 0 to check, 4 left out.',
  );
  await expect(dialog.getByTestId('import-row-5')).toContainText('No name.');
  await expect(dialog.getByTestId('import-row-9')).toContainText('Unknown country: “Atlantis”.');
  await expect(dialog.getByTestId('import-row-13')).toContainText('The same person as line 2.');
  await expect(dialog.getByTestId('import-row-17')).toContainText('Arrival: not a date: “31.06.2026”.');
  await page.screenshot(shot('import-preview'));

  // Line 9 is put right in the preview; the other three stay out.
  await people.fixLine(9, 'Country', 'France');
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '60 rows read: 57 ready, 0 to check, 3 left out.',
  );
  await expect(dialog.getByTestId('import-row-9')).toHaveCount(0);
  await people.commit(57);

  // The counts follow at once.
  await expect(people.counts.getByText('Participants', { exact: true }).locator('..')).toContainText('57');
  const byTown = people.counts.getByRole('listitem');
  await expect(byTown.filter({ hasText: 'Rennes (France)' })).toContainText('20');
  await expect(byTown.filter({ hasText: 'Landshut (Germany)' })).toContainText('18');
  await expect(people.register).toBeVisible();
  await page.screenshot(shot('register'));

  // Filters live in the address.
  await people.panel.getByRole('textbox', { name: 'Find by name or town' }).fill('Guest 01');
  await expect(page).toHaveURL(/tab=participants&q=Guest\+01|q=Guest\+01.*tab=participants/);
  await expect(people.panel.getByRole('status')).toHaveText('1 of 57 shown');
  await people.panel.getByRole('textbox', { name: 'Find by name or town' }).fill('');

  // The signed list of Landshut, read back from the PDF.
  const path = await people.printList('List for Landshut (Germany)');
  execFileSync('cp', [path, '.tmp/shots-people/landshut-list.pdf']);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Invited town / Localitate invitată: Landshut (Germany)');
  expect(text).toMatch(/Guest 01\s+Landshut\s+Germany/);
  expect(text).toMatch(/Signature \/ Semnătură/);
  expect(text).not.toMatch(/Rennes|Guest \d\d\s+Sibiu/);
  expect(text.match(/Guest \d\d/g)).toHaveLength(18);

  // Adding one by hand: the sensitive fields sit apart, the emergency contact only for a minor.
  await people.panel.getByRole('button', { name: 'Add participant' }).click();
  const form = page.getByRole('dialog', { name: 'New participant' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Lena Brandtner');
  await expect(form.getByRole('group', { name: 'Sensitive data' })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Emergency contact', exact: true })).toHaveCount(0);
  await form.getByRole('textbox', { name: 'Birth year' }).fill('2011');
  await expect(form.getByRole('textbox', { name: 'Emergency contact', exact: true })).toBeVisible();
  await page.screenshot(shot('participant-dialog'));
  await form.getByRole('button', { name: 'Save participant' }).click();
  await expect(form).toBeHidden();
  await expect(people.counts.getByText('Participants', { exact: true }).locator('..')).toContainText('58');
});
