import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDownloadsPrivate } from '../../../electron/window/privateDownloads';

type Listener = (...args: unknown[]) => void;

/** A session that lets the test start a download and finish it with a given state. */
function fakeSession() {
  const on: { download?: Listener } = {};
  const session = {
    on: (event: string, listener: Listener) => void (event === 'will-download' && (on.download = listener)),
  };
  return {
    session,
    download(path: string, state: 'completed' | 'cancelled' | 'interrupted') {
      const once: { done?: Listener } = {};
      const item = {
        getSavePath: () => path,
        once: (event: string, listener: Listener) => void (event === 'done' && (once.done = listener)),
      };
      on.download?.({}, item);
      once.done?.({}, state);
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'twinning-downloads-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe('files saved through a download', () => {
  it.skipIf(process.platform === 'win32')('are made readable by their owner only once saved', async () => {
    const file = join(dir, 'twinning-desk-handover.zip');
    await writeFile(file, 'PK', { mode: 0o644 });
    const { session, download } = fakeSession();
    makeDownloadsPrivate(session as never);
    download(file, 'completed');
    await expect.poll(() => mode(file)).toBe(0o600);
  });

  it('are left alone when the download was cancelled or interrupted', () => {
    const { session, download } = fakeSession();
    const touched: string[] = [];
    makeDownloadsPrivate(session as never, async (path) => void touched.push(path));
    download(join(dir, 'a.json'), 'cancelled');
    download(join(dir, 'b.json'), 'interrupted');
    expect(touched).toEqual([]);
  });

  it('are still saved when their mode cannot be changed (a FAT stick)', async () => {
    const { session, download } = fakeSession();
    let tried = 0;
    makeDownloadsPrivate(session as never, async () => {
      tried++;
      throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
    });
    expect(() => download(join(dir, 'c.json'), 'completed')).not.toThrow();
    await expect.poll(() => tried).toBe(1);
  });
});
