import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE } from '../../electron/core/store/lockFile';
import { expect, test } from './fixtures';

test('a lock that may be left by a crash is explained on the recovery screen and taken over with one button', async ({
  page,
  app,
}) => {
  // Stopping, restarting and closing the worker-backed app around a take-over is slow on a
  // loaded machine (seen: the teardown alone near a minute); slow is not broken.
  test.setTimeout(180_000);
  await app.stop();
  // An old-style lock (no boot recorded) whose PID runs: this test's own process stands for
  // "some program that got the PID after a crash and a reboot".
  await writeFile(
    join(app.dataDir, LOCK_FILE),
    JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-11-30T08:15:00.000Z' }),
  );
  await app.start();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Your data needs attention' })).toBeVisible();
  await expect(
    page.getByText(`marked as in use by process ${process.pid} since 30 November 2026`),
  ).toBeVisible();
  await page.screenshot({ path: '.tmp/lock-take-over.png' });
  await page.getByRole('button', { name: 'Take over the data folder' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect(JSON.parse(await readFile(join(app.dataDir, LOCK_FILE), 'utf8'))).toMatchObject({
    boot: expect.any(String),
  });
});
