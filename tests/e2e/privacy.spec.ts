import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { invoke } from './pages/backupsPage';
import { PrivacyPage } from './pages/privacyPage';

const fixtureStore = join(import.meta.dirname, '..', 'fixtures', 'stores', 'v4.json');
const ion = {
  name: 'Ion Ionescu',
  role: 'member',
  email: 'ion@example.org',
  phone: '',
  termStart: null,
  termEnd: null,
};

/** Every byte under the data folder as text, to prove what is and is not left anywhere. */
async function everything(root: string): Promise<string> {
  let text = '';
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    text += entry.isDirectory() ? await everything(path) : await readFile(path, 'utf8');
  }
  return text;
}

test('a secretary finds a person, saves their data for them, then erases them from the records and every backup', async ({
  page,
  app,
}) => {
  // Ana Popescu (committee secretary) and Petra Müller (contact in Landshut) come from the fixture.
  await copyFile(fixtureStore, join(app.dataDir, 'store.json'));
  await app.restart();
  await invoke(page, app.url, 'settings:save', { locale: 'en', dormantAfterMonths: 24 }); // the fixture is in Romanian
  await invoke(page, app.url, 'member:save', ion);
  await invoke(page, app.url, 'backup:create', {});
  // Copies the app cannot read but that name her: a damaged file kept aside after a recovery.
  await writeFile(
    join(app.dataDir, 'store.damaged-2026-01-01T00-00-00-000Z.json'),
    '{"committee":{"members":[{"id":"m-ana","email":"ana@example.org"',
  );
  expect(await everything(app.dataDir)).toContain('ana@example.org');

  const privacy = new PrivacyPage(page);
  await privacy.goto(app.url);
  await privacy.search('a');
  await expect(page.getByText('Type at least 2 letters.')).toBeVisible();
  await privacy.search('nobody-like-this');
  await expect(page.getByText('Nobody has “nobody-like-this” in their name or e-mail.')).toBeVisible();

  await privacy.search('example');
  await expect(privacy.rows()).toHaveCount(3);
  await expect(privacy.row('Ana Popescu')).toContainText('Committee member — Secretary');
  await expect(privacy.row('Petra Müller')).toContainText('Partner-town contact — Landshut');
  await expect(page.getByRole('button', { name: 'Erase everywhere…' })).toBeDisabled();
  await privacy.select('Ana Popescu');
  await page.screenshot({ path: 'test-results/privacy-results.png', fullPage: true });

  const download = await privacy.saveTheirData();
  expect(download.suggestedFilename()).toMatch(/^personal-data-ana-popescu-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    records: { collection: string; record: { email: string } }[];
  };
  expect(exported.records).toEqual([
    {
      collection: 'committee.members',
      record: expect.objectContaining({ email: 'ana@example.org', phone: '+40 269 000 000' }),
    },
  ]);

  await privacy.askToErase();
  await expect(privacy.confirmDialog()).toContainText(
    'Ana Popescu will be removed from your records, from every charter (draft and kept versions) and from every backup',
  );
  await expect(privacy.confirmDialog()).toContainText(
    'Each backup that mentions them is rewritten without them',
  );
  await expect(privacy.confirmDialog()).toContainText('is deleted');
  await page.screenshot({ path: 'test-results/privacy-confirm.png' });
  await privacy.confirmErase();
  await expect(privacy.confirmDialog()).toBeHidden();

  const report = page.getByRole('alert').filter({ hasText: 'Ana Popescu erased' });
  await expect(report).toContainText('Records removed: 1');
  await expect(report).toContainText('Unreadable copies that held their id or e-mail, deleted: 1');
  const rewritten = Number(
    /Backups rewritten without them: (\d+)/.exec((await report.textContent()) ?? '')?.[1],
  );
  expect(rewritten).toBeGreaterThanOrEqual(1);
  await expect(privacy.rows()).toHaveCount(2);
  await expect(privacy.row('Ana Popescu')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/privacy-report.png', fullPage: true });

  const left = await everything(app.dataDir);
  for (const trace of ['m-ana', 'Ana Popescu', 'ana@example.org']) expect(left, trace).not.toContain(trace);
  expect(left).toContain('ion@example.org');
  expect(left).toContain('partnerschaft@example.de');
  expect(app.outbound).toEqual([]);
});

test('erasing is not done until it is confirmed', async ({ page, app }) => {
  await invoke(page, app.url, 'member:save', ion);
  const privacy = new PrivacyPage(page);
  await privacy.goto(app.url);
  await privacy.search('ION@EXAMPLE');
  // One match is taken to be the person asked about.
  await expect(privacy.row('Ion Ionescu').getByRole('checkbox')).toBeChecked();
  await privacy.askToErase();
  await privacy.confirmDialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(privacy.confirmDialog()).toBeHidden();
  const members = (await invoke(page, app.url, 'committee:get', {})) as { members: { name: string }[] };
  expect(members.members.map((m) => m.name)).toEqual(['Ion Ionescu']);
});
