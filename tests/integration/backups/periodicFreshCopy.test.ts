import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { parseStoreText } from '../../../electron/core/store/readStoreFile';
import { manualTimers, member, must, openBackendWith, removeDir, tempDataDir } from '../helpers/backend';

vi.mock('../../../electron/core/store/readStoreFile', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/core/store/readStoreFile')>();
  return { ...real, parseStoreText: vi.fn(real.parseStoreText) };
});

let dir: string;
let backend: Backend;
let open = false;
const timers = manualTimers();
beforeEach(async () => {
  dir = await tempDataDir();
  backend = await openBackendWith(dir, { timers: timers.timers });
  open = true;
});
afterEach(async () => {
  if (open) await backend.close();
  await removeDir(dir);
});

describe('a periodic snapshot', () => {
  it('is not read back and parsed again after it is written: the store just wrote those bytes (400 ms at 30,000 links)', async () => {
    vi.mocked(parseStoreText).mockClear();
    await must(backend, 'member:save', member('Ana'));
    timers.runAll();
    for (let waited = 0; waited < 5000; waited += 20) {
      const names = await readdir(join(dir, 'backups')).catch(() => [] as string[]);
      if (names.some((n) => n.endsWith('-periodic.json'))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await must(backend, 'backup:list', {})).map((b) => b.reason)).toEqual(['periodic']);
    // Closing waits for the snapshot's whole chain, its retention pass included.
    await backend.close();
    open = false;
    expect(vi.mocked(parseStoreText)).not.toHaveBeenCalled();
  });
});
