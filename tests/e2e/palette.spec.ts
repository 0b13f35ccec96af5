import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, open, test } from './fixtures';
import { PartnershipPages } from './pages/partnershipPages';

const store = join(import.meta.dirname, '..', 'fixtures', 'stores', 'v8.json');

test('the palette finds a contact typed without accents and a town, and opens the partnership; its keys are in reach', async ({
  page,
  app,
}) => {
  await app.stop();
  const data = JSON.parse(await readFile(store, 'utf8'));
  data.settings[0].locale = 'en';
  await writeFile(join(app.dataDir, 'store.json'), JSON.stringify(data));
  await app.start();
  await open(page, app, '/');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();

  await page.keyboard.press('Control+K');
  const search = page.getByRole('textbox', { name: 'Find a screen, town, person, partnership or activity' });
  await expect(search).toBeFocused();
  await search.fill('muller');
  const contact = page.getByRole('button', { name: /Petra Müller.*Contact/ });
  await expect(contact).toBeVisible();
  await expect(contact).toContainText('Landshut');
  await contact.click();
  await expect(page).toHaveURL(/#\/partnerships\/p-landshut$/);
  await expect(page.getByRole('heading', { name: /Landshut/ }).first()).toBeVisible();

  // The header button opens the same palette; a screen is found by its name.
  await page.getByRole('button', { name: /^Find/ }).click();
  await search.fill('backu');
  await page.getByRole('button', { name: 'Backups' }).click();
  await expect(page).toHaveURL(/#\/backups$/);

  // A member and the activity the old timeline held are found too.
  await page.keyboard.press('Control+K');
  await search.fill('popes');
  await expect(page.getByRole('button', { name: /Ana Popescu.*Member/ })).toBeVisible();
  await search.fill('city days');
  await expect(page.getByRole('button', { name: /Delegation from Landshut.*Activity/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // Ctrl+N opens a new partnership from anywhere.
  await page.keyboard.press('Control+N');
  await expect(page).toHaveURL(/#\/partnerships\/new$/);
  // Ctrl+S saves the form the cursor is in, as its Save button would.
  await new PartnershipPages(page).fillManualTown(1, { name: 'Esslingen am Neckar', country: 'Germany' });
  await page.keyboard.press('Control+S');
  await expect(page).toHaveURL(/#\/partnerships\/[^/]+$/);
  await expect(page).not.toHaveURL(/new$/);
  await expect(page.getByRole('heading', { name: /Esslingen am Neckar/ }).first()).toBeVisible();
  expect(app.outbound).toEqual([]);
});
