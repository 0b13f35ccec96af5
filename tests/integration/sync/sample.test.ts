import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { callError, must, openBackend, removeDir, tempDataDir } from '../helpers/backend';

describe('the sample committee and sync', () => {
  let dir: string;
  let backend: Backend;
  beforeEach(async () => {
    dir = await tempDataDir('twinning-sync-sample-');
    backend = await openBackend(dir, undefined, { isSample: true });
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('never syncs invented records: setting up or starting sync is refused', async () => {
    const setup = { url: 'http://127.0.0.1:5984', database: 'committee', user: '' };
    expect((await callError(backend, 'sync:configure', setup)).code).toBe('FORBIDDEN');
    expect((await callError(backend, 'sync:start', {})).code).toBe('FORBIDDEN');
    expect(await must(backend, 'sync:conflicts', {})).toEqual([]);
  });

  it('never writes or takes a replication file either', async () => {
    expect((await callError(backend, 'sync:exportFile', {})).code).toBe('FORBIDDEN');
    expect((await callError(backend, 'sync:importFile', { bytes: Buffer.from('x') })).code).toBe('FORBIDDEN');
  });
});
