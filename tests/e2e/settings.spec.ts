import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { PartnershipPages } from './pages/partnershipPages';
import { SettingsPage } from './pages/settingsPage';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

/**
 * A store with two active links on the real clock: Landshut last heard from about six months ago,
 * Dijon ten days ago. The default threshold (24 months) warns about neither.
 */
async function writeStore(dataDir: string): Promise<void> {
  const store = JSON.parse(
    await readFile(join(import.meta.dirname, '..', 'fixtures', 'stores', 'v5.json'), 'utf8'),
  );
  const landshut = store.partnerships[0];
  const link = (id: string, name: string, lastActivity: string) => ({
    ...structuredClone(landshut),
    id,
    partners: landshut.partners.map((t: { place: object }) => ({ ...t, place: { ...t.place, name } })),
    timeline: [{ ...landshut.timeline[0], id: `e-${id}`, date: lastActivity }],
    objectives: [],
  });
  store.settings = { locale: 'en', dormantAfterMonths: 24 };
  store.partnerships = [link('p-landshut', 'Landshut', daysAgo(183)), link('p-dijon', 'Dijon', daysAgo(10))];
  await writeFile(join(dataDir, 'store.json'), JSON.stringify(store));
}

test('lowering the quiet-link threshold in Settings puts a link under “Links going quiet” and marks it in the registry', async ({
  page,
  app,
}) => {
  await writeStore(app.dataDir);
  await app.restart();
  const quiet = page.getByRole('region', { name: 'Links going quiet' });
  await page.goto(`${app.url}#/`);
  await expect(quiet).toContainText('Every living link has had some activity in the last 24 months.');

  const settings = new SettingsPage(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(settings.dormantMonths()).toHaveValue('24');

  // A refused value is explained and changes nothing.
  await settings.tryDormantMonths('300');
  await expect(
    page.getByText('Enter a whole number of months from 1 to 240. The saved value stays as it was.'),
  ).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await expect(quiet).toContainText('in the last 24 months');

  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await settings.setDormantMonths(3);
  await expect(page.getByRole('status').filter({ hasText: 'Saved: 3 months.' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await expect(quiet).toContainText('No recorded activity for 3 months or more:');
  await expect(quiet.getByRole('link', { name: 'Landshut' })).toBeVisible();
  await expect(quiet.getByRole('link', { name: 'Dijon' })).toHaveCount(0);

  const registry = new PartnershipPages(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Partnerships' }).click();
  await expect(registry.list.getByRole('row', { name: /Landshut/ })).toContainText('Quiet');
  await expect(registry.list.getByRole('row', { name: /Dijon/ })).not.toContainText('Quiet');

  // The threshold outlives a language change and a restart.
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await settings.chooseLanguage('Română');
  await expect(settings.dormantMonths('Luni fără activitate înregistrată')).toHaveValue('3');
  await app.restart();
  await settings.goto(app.url, 'Setări');
  await expect(settings.dormantMonths('Luni fără activitate înregistrată')).toHaveValue('3');
  await expect(page.getByText(/timp de 3 luni apare la „Legături fără activitate”/)).toBeVisible();
  expect(app.outbound).toEqual([]);
});
