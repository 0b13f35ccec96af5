import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEVICE_FILE } from '../../electron/host/deviceFile';
import { expect, test } from './fixtures';
import { ConnectionBanner } from './pages/connectionBanner';
import { PartnershipPages } from './pages/partnershipPages';

const TOWN = { name: 'Cisnădioara', country: 'Romania', region: 'Sibiu' };

test('a tab survives a server restart: it says the app stopped, keeps the typing, reconnects on the same address and saves', async ({
  page,
  app,
}) => {
  const pages = new PartnershipPages(page);
  const banner = new ConnectionBanner(page);
  await pages.gotoList(app.url);
  // The one-time code left the address bar (and so history and bookmarks) on first load.
  expect(page.url()).not.toContain('code=');
  const address = new URL(page.url()).origin;
  await pages.startNew();
  await pages.fillManualTown(1, TOWN);

  await app.stop();
  await expect(banner.lost).toBeVisible();
  await expect(
    pages.form.getByRole('group', { name: 'Partner town 1' }).getByRole('textbox', { name: /^Town/ }),
  ).toHaveValue(TOWN.name);

  await app.start();
  await expect(banner.lost).toBeHidden();
  expect(new URL(app.url).origin).toBe(address);
  await pages.save();
  await expect(page.getByRole('heading', { name: TOWN.name, level: 2 })).toBeVisible();
});

test('a save while the app is stopped says so, and nothing typed is lost', async ({ page, app }) => {
  const pages = new PartnershipPages(page);
  const banner = new ConnectionBanner(page);
  await pages.gotoList(app.url);
  await pages.startNew();
  await pages.fillManualTown(1, TOWN);
  await app.stop();
  await pages.form.getByRole('button', { name: 'Save partnership' }).click();
  await expect(page.getByText('Twinning Desk is not running, so nothing was saved.')).toBeVisible();
  await expect(page.getByText('Something unexpected went wrong')).toHaveCount(0);
  await expect(banner.lost).toBeVisible();
  await page.screenshot({ path: '.tmp/connection-lost.png', fullPage: false });
  await expect(
    pages.form.getByRole('group', { name: 'Partner town 1' }).getByRole('textbox', { name: /^Town/ }),
  ).toHaveValue(TOWN.name);
});

test('after a restart that forgot the tab, a pasted fresh address reconnects it with the typing kept', async ({
  page,
  app,
}) => {
  const pages = new PartnershipPages(page);
  const banner = new ConnectionBanner(page);
  await pages.gotoList(app.url);
  await pages.startNew();
  await pages.fillManualTown(1, TOWN);
  await app.stop();
  // The host forgets the tabs it knew (as after two weeks unused) but keeps the address.
  const device = join(app.dataDir, DEVICE_FILE);
  const { port } = JSON.parse(await readFile(device, 'utf8')) as { port: number };
  await writeFile(device, JSON.stringify({ port, secrets: [] }));
  await app.start();
  await expect(banner.lost.or(banner.refused)).toBeVisible();
  await expect(banner.refused).toBeVisible({ timeout: 10_000 });
  await page.screenshot({ path: '.tmp/connection-refused.png', fullPage: false });

  await banner.reconnectWith('not an address');
  await expect(page.getByText('This is not an address printed by Twinning Desk.')).toBeVisible();
  const used = app.url;
  await banner.reconnectWith(used);
  await expect(banner.refused).toBeHidden();
  await pages.save();
  await expect(page.getByRole('heading', { name: TOWN.name, level: 2 })).toBeVisible();
});

test('a bookmark (an address without a code) asks for a fresh address instead of saying FORBIDDEN', async ({
  page,
  app,
}) => {
  const origin = new URL(app.url).origin;
  await page.goto(`${origin}/#/partnerships`);
  await expect(page.getByText('FORBIDDEN')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Fresh address' })).toBeVisible();
  await new ConnectionBanner(page).reconnectWith(app.url);
  await expect(page.getByRole('heading', { name: 'Partnerships', level: 2 })).toBeVisible();
});
