import { expect, open, test } from './fixtures';
import { SettingsPage } from './pages/settingsPage';

test('the About screen credits GeoNames under CC BY 4.0 and Natural Earth as public domain, in English and in Romanian', async ({
  page,
  app,
}) => {
  await open(page, app, '/about');
  const credits = page.getByRole('list').filter({ hasText: 'Noto Sans' });
  await expect(credits.getByRole('listitem').filter({ hasText: 'GeoNames' })).toContainText(
    'Creative Commons Attribution 4.0 licence (CC BY 4.0)',
  );
  await expect(credits.getByRole('listitem').filter({ hasText: 'Natural Earth' })).toContainText(
    'public domain',
  );

  const settings = new SettingsPage(page);
  await settings.goto(app.url);
  await settings.chooseLanguage('Română');
  await open(page, app, '/about');
  const creditsRo = page.getByRole('list').filter({ hasText: 'Noto Sans' });
  await expect(creditsRo.getByRole('listitem').filter({ hasText: 'GeoNames' })).toContainText(
    'Creative Commons Atribuire 4.0 (CC BY 4.0)',
  );
  await expect(creditsRo.getByRole('listitem').filter({ hasText: 'Natural Earth' })).toContainText(
    'domeniu public',
  );
  // Romanian text uses the comma-below letters, never the cedilla forms.
  expect(await creditsRo.innerText()).not.toMatch(/[şţŞŢ]/);
  expect(app.outbound).toEqual([]);
});
