import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { manualTimers, openBackendWith, removeDir, tempDataDir } from './backend';

/** The v5 fixture's coat of arms, a real PNG the hand-over must carry byte for byte. */
export const ARMS_PNG = readFileSync(
  new URL(
    '../../fixtures/stores-with-images/v5/images/arms-2b7c6a1e-58f4-4b7e-9a34-6c1f0e2d9a10.png',
    import.meta.url,
  ),
);

export interface Machine {
  dir: string;
  backend: Backend;
}

/**
 * Laptops for one test file: each call opens a backend on a data folder of its own (with
 * hand-driven timers unless `open` says otherwise); every one is closed and removed after each test.
 */
export function laptops(
  prefix: string,
  open: (dir: string) => Promise<Backend> = (dir) => openBackendWith(dir, { timers: manualTimers().timers }),
): () => Promise<Machine> {
  const opened: Machine[] = [];
  afterEach(async () => {
    for (const m of opened.splice(0)) {
      await m.backend.close();
      await removeDir(m.dir);
    }
  });
  return async () => {
    const dir = await tempDataDir(prefix);
    const m = { dir, backend: await open(dir) };
    opened.push(m);
    return m;
  };
}
