import { expect, test } from './fixtures';
import { CommitteePage } from './pages/committeePage';
import { recordInvokes } from './pages/invokes';
import { SettingsPage } from './pages/settingsPage';

const SAVE_CHANNELS = ['municipality:save', 'committee:save', 'member:save', 'member:delete'];

test('a secretary sets up the committee profile, and it is all there after a restart', async ({
  page,
  app,
}) => {
  const invokes = recordInvokes(page);
  const committee = new CommitteePage(page);
  await committee.goto(app.url);

  await committee.fillMunicipality({
    name: 'Sibiu',
    country: 'Romania',
    languages: ['Romanian', 'German'],
    region: 'Sibiu County',
  });
  await committee.saveMunicipality();

  // A bad e-mail is explained in place and nothing is sent to the core.
  await committee.fillCommittee({ name: 'Asociația de înfrățire Sibiu', email: 'contact@infratire' });
  await committee.saveCommittee({ expectCall: false });
  await expect(
    committee.committee.getByText('Enter an e-mail address such as name@example.org'),
  ).toBeVisible();
  expect(invokes.filter((c) => c === 'committee:save')).toEqual([]);
  await committee.committee.getByLabel('E-mail').fill('contact@infratire-sibiu.ro');
  await committee.saveCommittee();
  await expect(
    committee.committee.getByText('Enter an e-mail address such as name@example.org'),
  ).toBeHidden();

  await committee.addMember({
    name: 'Ana Popescu',
    role: 'Chair',
    email: 'ana.popescu@infratire-sibiu.ro',
    termStart: '2024-01-15',
  });
  await committee.addMember({ name: 'Ion Ionescu', role: 'Secretary', phone: '+40 269 123 456' });
  await committee.addMember({ name: 'Maria Dumitrescu', role: 'Treasurer' });
  expect(await committee.memberRows()).toEqual([
    ['Ana Popescu', 'Chair'],
    ['Ion Ionescu', 'Secretary'],
    ['Maria Dumitrescu', 'Treasurer'],
  ]);

  // An empty name is refused in the dialog, which stays open with what was typed.
  const savesBefore = invokes.filter((c) => SAVE_CHANNELS.includes(c)).length;
  await committee.openNewMember();
  await committee.fillMember({ name: '', email: 'someone@example.org' });
  await committee.memberDialog.getByRole('button', { name: 'Save member' }).click();
  await expect(committee.memberDialog.getByText('Required')).toBeVisible();
  await expect(committee.memberDialog.getByLabel('E-mail')).toHaveValue('someone@example.org');
  await committee.memberDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(committee.memberDialog).toBeHidden();
  expect(invokes.filter((c) => SAVE_CHANNELS.includes(c)).length).toBe(savesBefore);

  await committee.editMember('Ion Ionescu', { name: 'Ion Ionescu-Brad', phone: '+40 269 654 321' });
  await expect(committee.row('Ion Ionescu-Brad')).toContainText('+40 269 654 321');

  await committee.askToDelete('Maria Dumitrescu');
  await committee.cancelDelete();
  await expect(committee.row('Maria Dumitrescu')).toBeVisible();
  await committee.askToDelete('Maria Dumitrescu');
  await committee.confirmDelete();
  await expect(committee.row('Maria Dumitrescu')).toHaveCount(0);

  await app.restart();
  await committee.goto(app.url);
  await expect(committee.municipality.getByLabel('Name of the town')).toHaveValue('Sibiu');
  await expect(committee.municipality.getByRole('combobox', { name: 'Country' })).toHaveValue('Romania');
  await expect(committee.municipality.getByText('Romanian', { exact: true })).toBeVisible();
  await expect(committee.municipality.getByText('German', { exact: true })).toBeVisible();
  await expect(committee.committee.getByLabel('Name of the committee')).toHaveValue(
    'Asociația de înfrățire Sibiu',
  );
  await expect(committee.committee.getByLabel('E-mail')).toHaveValue('contact@infratire-sibiu.ro');
  expect(await committee.memberRows()).toEqual([
    ['Ana Popescu', 'Chair'],
    ['Ion Ionescu-Brad', 'Secretary'],
  ]);
  await expect(committee.row('Ana Popescu')).toContainText('15 January 2024');
  expect(app.outbound).toEqual([]);
});

test('switching to Romanian in Settings changes the labels and survives a restart', async ({ page, app }) => {
  const settings = new SettingsPage(page);
  await settings.goto(app.url);
  await settings.chooseLanguage('Română');
  await expect(page.getByRole('heading', { name: 'Setări' })).toBeVisible();
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Comitet', exact: true }),
  ).toBeVisible();
  await expect(settings.language('Limba')).toHaveValue('Română');

  await app.restart();
  await page.goto(`${app.url}#/committee`);
  await expect(page.getByRole('heading', { name: 'Profilul comitetului' })).toBeVisible();
  await expect(
    page.getByRole('form', { name: 'Localitatea' }).getByLabel('Numele localității'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Adaugă membru' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  expect(app.outbound).toEqual([]);
});
