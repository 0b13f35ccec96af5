import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { startBackendWorker } from '../../../electron/core/worker/workerBackend';
import { describeStartupFailure } from '../../../electron/window/startupMessage';
import { removeDir, tempDataDir } from '../helpers/backend';

/** What the desktop app would show: the worker's start fails, main.ts describes the failure. */
async function startupMessage(dataDir: string, locale: 'en' | 'ro' | 'de' = 'en'): Promise<string> {
  try {
    const backend = await startBackendWorker({
      backend: { dataDir, transport: 'desktop', appVersion: '0.0.0-test' },
      warmPdf: false,
      log: { error: () => undefined },
    });
    await backend.close();
  } catch (error) {
    return describeStartupFailure(error, dataDir, locale);
  }
  throw new Error('The backend started');
}

let root: string;
const mounted: string[] = [];
beforeEach(async () => {
  root = await tempDataDir('twinning-startup-');
});
afterEach(async () => {
  for (const disk of mounted.splice(0)) execFileSync('umount', [disk]);
  await removeDir(root);
});

/** A real tmpfs with the given options, or a skipped test where mounting is not permitted. */
async function disk(ctx: TestContext, options: string): Promise<string> {
  const path = join(root, 'disk');
  await mkdir(path);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path], { stdio: 'pipe' });
  } catch (error) {
    console.log(
      `skipped: mounting a tmpfs is not permitted here (${(error as Error).message.split('\n')[0]})`,
    );
    ctx.skip();
  }
  mounted.push(path);
  return path;
}

// Each start compiles the core from the sources in a new thread: slow on a busy machine.
describe('a start-up that fails in the backend thread', { timeout: 120_000 }, () => {
  it('says the data folder cannot be created when its place is taken by a file', async () => {
    await writeFile(join(root, 'not-a-folder'), '');
    const dataDir = join(root, 'not-a-folder', 'Twinning Desk');
    const message = await startupMessage(dataDir);
    expect(message).toContain(`The data folder ${dataDir} cannot be created or written`);
  });

  it('says the drive is write-protected when the data folder is on a read-only drive', async (ctx) => {
    const dataDir = join(await disk(ctx, 'ro,size=64k'), 'Twinning Desk');
    expect(await startupMessage(dataDir)).toContain('not write-protected');
    expect(await startupMessage(dataDir, 'ro')).toContain('nu este protejată la scriere');
  });

  it('says the disk is full, in her language, when not even the data folder fits', async (ctx) => {
    // One inode, taken by the disk's own root: creating the data folder fails with ENOSPC.
    const dataDir = join(await disk(ctx, 'size=64k,nr_inodes=1'), 'Twinning Desk');
    expect(await startupMessage(dataDir)).toContain(`The disk that holds the data folder ${dataDir} is full`);
    expect(await startupMessage(dataDir, 'de')).toContain('ist voll');
  });
});
