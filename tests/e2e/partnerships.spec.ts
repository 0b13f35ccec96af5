import { expect, open, test } from './fixtures';
import { PartnershipPages } from './pages/partnershipPages';

/** A signing date 25 years before a day about a month from now, so its jubilee is announced. */
function signingForJubileeNextMonth(): { signed: string; jubilee: Date } {
  const jubilee = new Date();
  jubilee.setDate(jubilee.getDate() + 30);
  const day = Math.min(jubilee.getDate(), 28);
  const signed = `${jubilee.getFullYear() - 25}-${String(jubilee.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { signed, jubilee: new Date(jubilee.getFullYear(), jubilee.getMonth(), day) };
}

test('a secretary registers a link with a village typed by hand, follows it through its statuses, sets an objective, ticks keys and sees its jubilee on the home screen', async ({
  page,
  app,
}) => {
  const pages = new PartnershipPages(page);
  const { signed } = signingForJubileeNextMonth();

  await pages.gotoList(app.url);
  await expect(page.getByText('No partnership yet. Create the first one.')).toBeVisible();
  await pages.startNew();

  // Saving without a town is refused in place; what was typed stays.
  await pages.form.getByRole('button', { name: 'Save partnership' }).click();
  await expect(pages.form.getByText('Required').first()).toBeVisible();

  await pages.fillManualTown(1, {
    name: 'Cisnădioara',
    country: 'Romania',
    region: 'Sibiu',
    population: '420',
  });
  await pages.addSigning(signed, 'Cisnădioara');
  await pages.save();

  await expect(page.getByRole('heading', { name: 'Cisnădioara', level: 2 })).toBeVisible();
  await expect(page.getByText('entered by hand')).toBeVisible();
  expect(await pages.historyStatuses()).toEqual(['Prospect']);

  await pages.changeStatus('Exploring', 'First visit of the mayor');
  await pages.changeStatus('Negotiating');
  await pages.changeStatus('Active', 'Council resolution passed');
  expect(await pages.historyStatuses()).toEqual(['Active', 'Negotiating', 'Exploring', 'Prospect']);
  await expect(pages.history.getByText('First visit of the mayor')).toBeVisible();

  await pages.openTab('Objectives');
  await pages.addObjective({
    statement: 'Two school exchanges a year',
    theme: 'Youth',
    indicator: 'Pupils taking part',
    target: '40 a year',
    agreedOn: '2026-05-12',
  });
  await expect(
    page.getByRole('table', { name: 'Objectives' }).getByText('Two school exchanges a year'),
  ).toBeVisible();

  await pages.openTab('Ten keys');
  // The objective with an indicator and a target already ticks key 4: nothing to type twice.
  await expect(page.getByText('1 of 10 keys in place')).toBeVisible();
  await expect(
    pages
      .healthKey(4, 'Define common objectives with the partner')
      .getByText('Shown by the app’s records: 1 common objective with an indicator and a target.'),
  ).toBeVisible();
  await pages.writeEvidence(
    4,
    'Define common objectives with the partner',
    'Objectives agreed at the joint meeting in May',
  );
  await pages.tickKey(1, 'Find the right partner', 'Chosen for the shared Saxon heritage');
  await expect(page.getByText('2 of 10 keys in place')).toBeVisible();

  // Everything is still there after the app restarts.
  await app.restart();
  await open(page, app, '/partnerships');
  await pages.list.getByRole('link', { name: 'Cisnădioara' }).click();
  await pages.openTab('Ten keys');
  await expect(
    pages.healthKey(4, 'Define common objectives with the partner').getByLabel('Evidence'),
  ).toHaveValue('Objectives agreed at the joint meeting in May');

  await open(page, app, '/');
  const jubilees = page.getByRole('region', { name: 'Anniversaries ahead' });
  await expect(jubilees.getByRole('link', { name: '25 years: Cisnădioara' })).toBeVisible();
  const counts = page.getByRole('region', { name: 'Links by status' });
  await expect(counts.getByText('1 link in the registry')).toBeVisible();
  expect(app.outbound).toEqual([]);
});

test('the list finds a link by a town name typed without accents and filters by status', async ({
  page,
  app,
}) => {
  const pages = new PartnershipPages(page);
  await pages.gotoList(app.url);
  for (const [name, country] of [
    ['Besançon', 'France'],
    ['Landshut', 'Germany'],
  ] as const) {
    await pages.startNew();
    await pages.fillManualTown(1, { name, country });
    await pages.save();
    await pages.gotoList(app.url);
  }
  await expect(page.getByText('2 links')).toBeVisible();
  await page.getByLabel('Search').fill('besancon');
  await expect(pages.list.getByRole('link', { name: 'Besançon' })).toBeVisible();
  await expect(pages.list.getByRole('link', { name: 'Landshut' })).toBeHidden();
  await page.getByLabel('Search').fill('');
  await pages.choose(page.locator('body'), 'Status', 'Active');
  await expect(page.getByText('No partnership matches these filters.')).toBeVisible();
  expect(app.outbound).toEqual([]);
});

test('leaving the partnership form with unsaved changes asks first; staying keeps them, and an unchanged form leaves at once', async ({
  page,
  app,
}) => {
  const pages = new PartnershipPages(page);
  await pages.gotoList(app.url);
  await pages.startNew();
  await pages.fillManualTown(1, { name: 'Esslingen am Neckar', country: 'Germany' });
  await pages.save();
  await expect(page.getByRole('heading', { name: 'Esslingen am Neckar', level: 2 })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: /Esslingen am Neckar/ });
  await expect(form).toBeVisible();
  await pages.leaveTo('Committee');
  await expect(page).toHaveURL(/#\/committee$/);
  await page.goBack();
  await expect(form).toBeVisible();

  const notes = form.getByLabel('Notes');
  await notes.fill('Met the mayor in May');
  await pages.leaveTo('Committee');
  await expect(pages.leaveQuestion).toContainText('Not saved yet: the partnership form.');
  await pages.leaveQuestion
    .getByRole('button', { name: 'Keep editing' })
    .filter({ hasText: 'Keep editing' })
    .click();
  await expect(pages.leaveQuestion).toBeHidden();
  await expect(notes).toHaveValue('Met the mayor in May');
  await expect(page).toHaveURL(/\/edit$/);
  // Closing the tab would lose them too: the browser asks, and staying keeps them.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(notes).toHaveValue('Met the mayor in May');

  await pages.leaveTo('Committee');
  await pages.leaveQuestion.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(/#\/committee$/);
});
