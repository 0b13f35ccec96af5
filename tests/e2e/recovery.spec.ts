import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'damaged-store', 'store.json');

test.use({ fixtureName: 'damaged-store' });

test('a damaged data file is kept aside, explained, and the user can start with empty records', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Your data needs attention' })).toBeVisible();
  await expect(page.getByText('The data file is damaged')).toBeVisible();
  await expect(page.getByText('its content is damaged')).toBeVisible();
  await expect(page.getByText('The damaged file was kept, unchanged, at:')).toBeVisible();
  // The core's own (English) words wait folded under a caption, for whoever repairs the file.
  const detail = page.getByRole('button', { name: 'Technical detail (for a technician)' });
  await expect(detail).toHaveAttribute('aria-expanded', 'false');
  await detail.click();
  await expect(
    page.getByText("The program's own message, in English, for whoever repairs the file."),
  ).toBeVisible();

  const kept = (await readdir(app.dataDir)).filter((name) => name.startsWith('store.damaged-'));
  expect(kept).toHaveLength(1);
  const keptPath = join(app.dataDir, kept[0] as string);
  await expect(page.getByText(keptPath, { exact: true })).toBeVisible();
  expect(await readFile(keptPath, 'utf8')).toBe(await readFile(fixture, 'utf8'));

  await page.getByRole('button', { name: 'Start with empty records' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Committee', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Committee profile' })).toBeVisible();
  await expect(page.getByText('No members yet.')).toBeVisible();

  // The empty records are a real store now, and the kept file is still there after a restart.
  await app.restart();
  await page.goto(`${app.url}#/committee`);
  await expect(page.getByRole('heading', { name: 'Committee profile' })).toBeVisible();
  expect(await readFile(keptPath, 'utf8')).toBe(await readFile(fixture, 'utf8'));
  expect(app.outbound).toEqual([]);
});
