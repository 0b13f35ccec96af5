import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import type { EventPayload } from '../../../shared/ipc/events';
import { startBackendWorker } from '../../../electron/core/worker/workerBackend';
import { municipality, removeDir, tempDataDir } from '../helpers/backend';

const start = (dataDir: string) =>
  startBackendWorker({
    backend: { dataDir, transport: 'browser', appVersion: '0.0.0-test' },
    warmPdf: false,
    log: { error: () => undefined },
  });

// Each test starts a worker that compiles the core from the sources: slow on a busy machine.
describe('the real backend in a worker thread', { timeout: 120_000 }, () => {
  let dir: string;
  let backend: Backend | null = null;

  beforeEach(async () => {
    dir = await tempDataDir('twinning-worker-');
  });
  afterEach(async () => {
    await backend?.close();
    backend = null;
    await removeDir(dir);
  });

  it('opens the data folder, answers through dispatch and announces each change to the main side', async () => {
    backend = await start(dir);
    expect(backend.status()).toMatchObject({ state: 'ready', transport: 'browser', dataDir: dir });
    const revisions: number[] = [];
    backend.events.subscribe((event, payload) => {
      if (event === 'store:changed') revisions.push((payload as EventPayload<'store:changed'>).revision);
    });
    const saved = await backend.dispatch('municipality:save', municipality('Buziaș'));
    expect(saved).toMatchObject({ ok: true, data: { name: 'Buziaș' } });
    expect(revisions).toEqual([1]);
    expect(await backend.dispatch('committee:get', {})).toMatchObject({
      ok: true,
      data: { municipality: { name: 'Buziaș' } },
    });
  });

  it('finishes a save sent just before close and keeps it on disk for the next start', async () => {
    backend = await start(dir);
    const saving = backend.dispatch('municipality:save', municipality('Ornans'));
    await backend.close();
    expect(await saving).toMatchObject({ ok: true });
    expect(await backend.dispatch('committee:get', {})).toMatchObject({
      ok: false,
      error: { code: 'CORE_STOPPED' },
    });

    backend = await start(dir);
    expect(await backend.dispatch('committee:get', {})).toMatchObject({
      ok: true,
      data: { municipality: { name: 'Ornans' } },
    });
  });

  it('gives the lock back on close, so the same folder opens again in a new worker', async () => {
    backend = await start(dir);
    await backend.close();
    backend = await start(dir);
    expect(backend.status().problem).toBeNull();
  });

  it('reports a second worker on a folder in use as LOCKED, as the desktop and browser mode expect', async () => {
    backend = await start(dir);
    const second = await start(dir);
    try {
      expect(second.status().problem?.code).toBe('LOCKED');
    } finally {
      await second.close();
    }
  });
});
