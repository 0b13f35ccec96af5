import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { BackupsPage, invoke } from './pages/backupsPage';

const municipality = (name: string) => ({
  name,
  country: 'RO',
  region: '',
  population: null,
  languages: ['ro'],
  coordinates: null,
});
const townName = async (page: Parameters<typeof invoke>[0], url: string) =>
  ((await invoke(page, url, 'committee:get', {})) as { municipality: { name: string } | null }).municipality
    ?.name;

test('a secretary previews an earlier backup, restores it, and can undo the restore', async ({
  page,
  app,
}) => {
  await invoke(page, app.url, 'municipality:save', municipality('Before'));
  const backups = new BackupsPage(page);
  await backups.goto(app.url);
  await backups.backUpNow();
  await invoke(page, app.url, 'municipality:save', municipality('After'));
  await page.reload();

  await expect(backups.rows().filter({ hasText: 'Made by hand' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/backups-list.png', fullPage: true });
  await backups.previewRow('Made by hand');
  await expect(backups.dialog.getByText('Committee members')).toBeVisible();
  await page.screenshot({ path: 'test-results/backups-preview.png' });
  await backups.restoreFromPreview();
  expect(await townName(page, app.url)).toBe('Before');

  await backups.goto(app.url);
  await backups.previewRow('Before a restore');
  await backups.restoreFromPreview();
  expect(await townName(page, app.url)).toBe('After');
  expect(app.outbound).toEqual([]);
});

test('a hand-over file saved here replaces the records when opened, and a broken one is refused', async ({
  page,
  app,
}) => {
  await invoke(page, app.url, 'municipality:save', municipality('Handed over'));
  const backups = new BackupsPage(page);
  await backups.goto(app.url);
  const archive = await backups.saveHandover();

  await invoke(page, app.url, 'municipality:save', municipality('Changed since'));
  const broken = join(app.dataDir, '..', `broken-${Date.now()}.zip`);
  await writeFile(broken, 'PK this is not really a zip');
  // A broken file is checked and refused before she is asked to replace anything.
  await backups.openHandover(broken);
  await expect(
    page.getByText('This file is not a complete Twinning Desk hand-over archive. Nothing was changed.'),
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Replace your records?' })).toHaveCount(0);
  expect(await townName(page, app.url)).toBe('Changed since');

  await backups.openHandover(archive);
  // The question says whose records the file holds.
  await expect(page.getByRole('dialog', { name: 'Replace your records?' })).toContainText(
    'is a complete hand-over',
  );
  await expect(page.getByRole('dialog', { name: 'Replace your records?' })).toContainText('Handed over');
  await page.screenshot({ path: 'test-results/handover-confirm.png' });
  // The records are replaced in place: no page reload, the screens load the new data.
  let reloads = 0;
  page.on('load', () => reloads++);
  await page
    .getByRole('dialog', { name: 'Replace your records?' })
    .getByRole('button', { name: 'Replace my records' })
    .click();
  await expect(page.getByText('The hand-over file was taken over.')).toBeVisible();
  expect(reloads).toBe(0);
  await expect.poll(() => townName(page, app.url)).toBe('Handed over');
  expect(app.outbound).toEqual([]);
});

test.describe('with a damaged store and backups', () => {
  test.use({ fixtureName: 'recovery-with-backups' });

  test('the recovery screen restores the newest good backup', async ({ page, app }) => {
    await page.goto(app.url);
    const restore = page.getByRole('button', { name: 'Restore the newest good backup' });
    await expect(restore).toBeVisible();
    await page.screenshot({ path: 'test-results/recovery-restore.png', fullPage: true });
    await restore.click();
    // The app opens on the restored data without reloading the page.
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(await townName(page, app.url)).toBe('Sibiu');
  });
});
