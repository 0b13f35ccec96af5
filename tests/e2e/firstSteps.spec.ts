import type { Locator } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { answered } from './pages/invokes';

test('on an empty folder the first-steps card leads to a saved town, committee and first partner in under ten actions, ticking each', async ({
  page,
  app,
}) => {
  let actions = 0;
  const act = async (step: () => Promise<void>) => {
    actions += 1;
    await step();
  };
  /** Typing a name in a gazetteer field and choosing the best match with Enter: one action. */
  const chooseFromGazetteer = (scope: Locator, typed: string) =>
    act(async () => {
      const picker = scope.getByRole('combobox', { name: 'Find in gazetteer' });
      await picker.fill(typed);
      await expect(page.getByRole('option').first()).toBeVisible();
      await picker.press('Enter');
    });
  const card = page.getByRole('region', { name: 'First steps' });
  const stepsDone = async () =>
    (await card.getByRole('listitem').allInnerTexts()).filter((s) => s.includes('(done)')).length;

  await open(page, app, '/');
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Twinning Desk' })).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveCount(3);
  expect(await stepsDone()).toBe(0);

  await act(() => card.getByRole('link', { name: 'Choose your town from the gazetteer' }).click());
  const municipality = page.getByRole('form', { name: 'Home municipality' });
  await chooseFromGazetteer(municipality, 'Hermannstadt');
  await expect(municipality.getByLabel('Name of the town')).toHaveValue('Sibiu');
  // The town's languages come with it, as they do for partner towns.
  await expect(municipality.getByText('Romanian', { exact: true })).toBeVisible();
  const townSaved = answered(page, 'municipality:save');
  await act(() => municipality.getByRole('button', { name: 'Save municipality' }).click());
  await townSaved;

  const committee = page.getByRole('form', { name: 'Twinning committee' });
  await act(() => committee.getByLabel('Name of the committee').fill('Comitetul de înfrățire Sibiu'));
  const committeeSaved = answered(page, 'committee:save');
  await act(() => committee.getByRole('button', { name: 'Save committee' }).click());
  await committeeSaved;

  await act(() =>
    page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Overview', exact: true })
      .click(),
  );
  await expect(card.getByRole('listitem').filter({ hasText: '(done)' })).toHaveCount(2);

  await act(() => card.getByRole('link', { name: 'Add your first partner town' }).click());
  const form = page.getByRole('form', { name: 'New partnership' });
  await chooseFromGazetteer(form.getByRole('group', { name: 'Partner town 1' }), 'Landshut');
  const partnershipSaved = answered(page, 'partnership:save');
  await act(() => form.getByRole('button', { name: 'Save partnership' }).click());
  await partnershipSaved;
  await expect(page.getByRole('heading', { level: 2, name: /Landshut/ })).toBeVisible();

  await open(page, app, '/');
  await expect(page.getByRole('heading', { level: 2, name: 'Comitetul de înfrățire Sibiu' })).toBeVisible();
  await expect(page.getByText('1 link in the registry')).toBeVisible();
  await expect(card).toBeHidden();
  expect(actions).toBeLessThan(10);
  expect(app.outbound).toEqual([]);
});

test('“Explore with sample data” opens a sample committee marked as such, and going back finds her own records as she left them', async ({
  page,
  app,
}) => {
  await open(page, app, '/');
  const card = page.getByRole('region', { name: 'First steps' });
  await card.getByRole('button', { name: 'Explore with sample data' }).click();
  const banner = page.getByRole('status').filter({ hasText: 'Sample committee' });
  await expect(banner).toContainText('None of this is your records');
  await expect(page.getByRole('heading', { level: 2, name: /Buziaș/ })).toBeVisible();
  await page.screenshot({ path: '.tmp/sample-committee.png' });

  // Every screen has something to try, and the banner stays in view.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Partnerships' })
    .click();
  await expect(page.getByRole('link', { name: /Ornans/ }).first()).toBeVisible();
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: 'Back to my records' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Twinning Desk' })).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: '(done)' })).toHaveCount(0);
  expect(app.outbound).toEqual([]);
});
