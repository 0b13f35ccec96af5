import { createDatabase, startCouchServer, type CouchServer } from '../integration/helpers/couchServer';
import { expect, test } from './fixtures';
import { SyncPage } from './pages/syncPage';

let server: CouchServer;
test.beforeAll(async () => {
  server = await startCouchServer();
  await createDatabase(server, 'committee-e2e');
});
test.afterAll(() => server.close());

test('she sets up the committee’s server, is told a wrong database name in words, then starts sync and sees it up to date', async ({
  page,
  app,
}) => {
  const sync = new SyncPage(page);
  await sync.goto(app.url);

  await sync.fill({ url: server.url, database: 'comittee-e2e', user: '' });
  await sync.testConnection();
  await expect(page.getByRole('status').filter({ hasText: 'The connection does not work' })).toContainText(
    'The server has no database of this name.',
  );

  await sync.field('Database').fill('committee-e2e');
  await sync.testConnection();
  await expect(page.getByRole('status').filter({ hasText: 'The connection works' })).toContainText(
    'PouchDB Server answers',
  );

  await sync.start();
  await expect(sync.statusLine('State')).toHaveText('up to date', { timeout: 15_000 });
  await expect(sync.statusLine('Changes not yet sent')).toHaveText('0');
  await expect(sync.statusLine('Last up to date')).not.toHaveText('Not yet');
  await expect(page.getByRole('button', { name: 'Stop sync' })).toBeVisible();
  await page.screenshot({ path: 'test-results/sync-screen.png', fullPage: true });
  await page.goto(`${app.url}#/settings`);
  await expect(sync.indicator()).toContainText('Sync: up to date', { timeout: 15_000 });
  expect(app.outbound).toEqual([]);
});
