import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/core/backend';
import type { Channel } from '../../shared/ipc/contract';
import { createDatabase, startCouchServer, type CouchServer } from '../integration/helpers/couchServer';
import { expect, test } from './fixtures';
import { invoke } from './pages/backupsPage';
import { answered } from './pages/invokes';
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
  await expect(sync.statusLine('State')).toHaveText('Up to date', { timeout: 15_000 });
  await expect(sync.statusLine('Changes not yet sent')).toHaveText('0');
  await expect(sync.statusLine('Last up to date')).not.toHaveText('Not yet');
  await expect(page.getByRole('button', { name: 'Stop sync' })).toBeVisible();
  await page.screenshot({ path: 'test-results/sync-screen.png', fullPage: true });
  await page.goto(`${app.url}#/settings`);
  await expect(sync.indicator()).toContainText('Sync: up to date', { timeout: 15_000 });
  expect(app.outbound).toEqual([]);
});

const person = (name: string, role: string, phone = '') => ({
  name,
  role,
  email: '',
  phone,
  termStart: '2024-01-01',
  termEnd: null,
});

test('two members change the same person offline; she sees both versions side by side, merges them, and the conflict is gone on both laptops', async ({
  page,
  app,
}) => {
  await createDatabase(server, 'committee-conflict');
  const setup = { url: server.url, database: 'committee-conflict', user: '' };
  // The treasurer's laptop: a second backend in this process, on its own folder.
  const otherDir = await mkdtemp(join(tmpdir(), 'twinning-e2e-other-'));
  const other = await createBackend({ dataDir: otherDir, transport: 'browser', appVersion: '0.0.0-test' });
  const must = async (channel: Channel, input: unknown) => {
    const result = await other.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.data as Record<string, unknown>;
  };
  try {
    const here = (channel: string, input: unknown) => invoke(page, app.url, channel, input);
    await here('sync:configure', setup);
    await must('sync:configure', setup);
    const ana = (await here('member:save', person('Ana Popescu', 'chair'))) as { id: string; rev: number };
    await here('sync:start', {});
    await must('sync:start', {});
    await expect
      .poll(async () => ((await must('committee:get', {})).members as unknown[]).length, { timeout: 15_000 })
      .toBe(1);
    await here('sync:stop', {});
    await must('sync:stop', {});
    const theirs = ((await must('committee:get', {})).members as { rev: number }[])[0];
    await here('member:save', { ...person('Ana Popescu', 'treasurer'), id: ana.id, rev: ana.rev });
    await must('member:save', {
      ...person('Ana Popescu', 'chair', '+40 269 123 456'),
      id: ana.id,
      rev: theirs?.rev,
    });
    await must('sync:start', {});
    await here('sync:start', {});

    const sync = new SyncPage(page);
    await sync.goto(app.url);
    const card = page.getByRole('region', { name: 'Member: Ana Popescu' });
    await expect(card).toBeVisible({ timeout: 20_000 });
    await expect(card.getByRole('row', { name: /^role/ })).toContainText('treasurer');
    await expect(card.getByRole('row', { name: /^role/ })).toContainText('chair');
    await expect(card.getByRole('row', { name: /^phone/ })).toContainText('+40 269 123 456');
    await page.screenshot({ path: 'test-results/sync-conflict.png', fullPage: true });

    await card.getByRole('radio', { name: 'treasurer' }).check();
    await card.getByRole('radio', { name: '+40 269 123 456' }).check();
    const resolved = answered(page, 'sync:resolve');
    await card.getByRole('button', { name: 'Save the chosen values' }).click();
    await resolved;
    await expect(page.getByText('No conflicts: every record has one version.')).toBeVisible();
    await expect
      .poll(
        async () => {
          const [member] = (await must('committee:get', {})).members as { role: string; phone: string }[];
          const conflicts = (await other.dispatch('sync:conflicts', {})) as { ok: true; data: unknown[] };
          return [member?.role, member?.phone, conflicts.data.length];
        },
        { timeout: 20_000 },
      )
      .toEqual(['treasurer', '+40 269 123 456', 0]);
  } finally {
    await other.close();
    await rm(otherDir, { recursive: true, force: true });
  }
});

test('with no server, she imports the treasurer’s sync file, decides the conflict it brings, and her file takes the decision back', async ({
  page,
  app,
}) => {
  const otherDir = await mkdtemp(join(tmpdir(), 'twinning-e2e-file-'));
  // The treasurer's laptop, never connected to anything: files only.
  const other = await createBackend({ dataDir: otherDir, transport: 'browser', appVersion: '0.0.0-test' });
  const must = async (channel: Channel, input: unknown) => {
    const result = await other.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.data as Record<string, unknown>;
  };
  try {
    const here = (channel: string, input: unknown) => invoke(page, app.url, channel, input);
    const ana = (await here('member:save', person('Ana Popescu', 'chair'))) as { id: string; rev: number };
    const sync = new SyncPage(page);
    await sync.goto(app.url);
    await must('sync:importFile', { bytes: await sync.saveSyncFile() });
    const theirs = ((await must('committee:get', {})).members as { rev: number }[])[0];
    await here('member:save', { ...person('Ana Popescu', 'treasurer'), id: ana.id, rev: ana.rev });
    await must('member:save', {
      ...person('Ana Popescu', 'chair', '+40 269 123 456'),
      id: ana.id,
      rev: theirs?.rev,
    });
    const file = join(otherDir, '..', `treasurer-${Date.now()}.twinsync`);
    await writeFile(file, (await must('sync:exportFile', {})).bytes as Uint8Array);

    await sync.importSyncFile(file);
    await expect(
      page.getByText('The file is merged: 1 new version came in. 1 conflict waits for your decision below.'),
    ).toBeVisible();
    const card = page.getByRole('region', { name: 'Member: Ana Popescu' });
    await expect(card.getByRole('row', { name: /^role/ })).toContainText('chair');
    await expect(sync.indicator()).toContainText('1 conflict');
    await page.screenshot({ path: 'test-results/sync-file.png', fullPage: true });
    await card.getByRole('radio', { name: 'treasurer' }).check();
    await card.getByRole('radio', { name: '+40 269 123 456' }).check();
    const resolved = answered(page, 'sync:resolve');
    await card.getByRole('button', { name: 'Save the chosen values' }).click();
    await resolved;
    await expect(page.getByText('No conflicts: every record has one version.')).toBeVisible();

    // A file that is not a sync file is refused in words, and nothing changes.
    const stranger = join(otherDir, '..', `notes-${Date.now()}.twinsync`);
    await writeFile(stranger, 'minutes of the last meeting');
    await sync.importSyncFile(stranger);
    await expect(sync.fileSection().getByRole('alert')).toHaveText(
      'This is not a Twinning Desk sync file. Nothing was changed.',
    );

    expect(await must('sync:importFile', { bytes: await sync.saveSyncFile() })).toMatchObject({
      conflicts: 0,
    });
    const [member] = (await must('committee:get', {})).members as { role: string; phone: string }[];
    expect([member?.role, member?.phone]).toEqual(['treasurer', '+40 269 123 456']);
    expect(app.outbound).toEqual([]);
    await rm(file, { force: true });
    await rm(stranger, { force: true });
  } finally {
    await other.close();
    await rm(otherDir, { recursive: true, force: true });
  }
});
