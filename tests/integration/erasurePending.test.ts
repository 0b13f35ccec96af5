import { unzipSync } from 'fflate';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { ERASURE_JOB_FILE } from '../../electron/core/privacy/erasureJob';
import { call, callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { failWhen, fsError } from './helpers/faults';

let dir: string;
let backend: Backend;
let log: ReturnType<typeof quietLog>;

beforeEach(async () => {
  dir = await tempDataDir();
  // A committee member (Ana Popescu), a contact (Petra Müller) and a charter signed by two mayors.
  await copyFile(new URL('../fixtures/stores/v5.json', import.meta.url), join(dir, 'store.json'));
  log = quietLog();
  backend = await openBackend(dir, log);
  await must(backend, 'backup:create', {});
});
afterEach(async () => {
  await backend.close();
  await removeDir(dir);
});

const ana = { collection: 'committee.members', id: 'm-ana' };
const everything = async (root: string): Promise<string> => {
  let text = '';
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) text += await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return text;
};

/** Backups refuse to be rewritten (a full disk) until the returned undo is called. */
const backupsRefuseWrites = () =>
  failWhen('rename', (args) =>
    String(args[1]).startsWith(join(dir, 'backups')) ? fsError('ENOSPC', 'rename', String(args[1])) : null,
  );

/** Erases Ana while the disk is full for backups: her records go, every backup still holds her. */
async function eraseAnaHalfWay(): Promise<void> {
  const undo = backupsRefuseWrites();
  try {
    expect((await callError(backend, 'person:erase', { refs: [ana] })).code).toBe('DISK_FULL');
  } finally {
    undo();
  }
}

describe('an erasure that stopped half-way', () => {
  it('is shown on the Personal data screen with the backups that still hold the person, and finished from there', async () => {
    await eraseAnaHalfWay();
    expect(await must(backend, 'person:find', { text: 'popescu' })).toEqual([]);
    const pending = await must(backend, 'privacy:pendingErasure', {});
    expect(pending).toMatchObject({ names: ['Ana Popescu'], recordsLeft: 0 });
    expect(pending!.backupsLeft).toBeGreaterThanOrEqual(1);

    const report = await must(backend, 'privacy:finishErasure', {});
    expect(report.backupsRewritten).toBe(pending!.backupsLeft);
    expect(await must(backend, 'privacy:pendingErasure', {})).toBeNull();
    expect(await readdir(dir)).not.toContain(ERASURE_JOB_FILE);
    expect(await everything(dir)).not.toContain('ana@example.org');
  });

  it('is finished at the next start, without her asking again, and the job naming the person goes', async () => {
    await eraseAnaHalfWay();
    await backend.close();
    backend = await openBackend(dir, log);
    // The screen's question waits for the start-up's finishing, then finds nothing left.
    expect(await must(backend, 'privacy:pendingErasure', {})).toBeNull();
    expect(await readdir(dir)).not.toContain(ERASURE_JOB_FILE);
    expect(await everything(dir)).not.toContain('ana@example.org');
    expect(await everything(dir)).not.toContain('Ana Popescu');
    expect(log.errors).toEqual([]);
  });

  it('never keeps the app from opening when it still cannot be finished at the start', async () => {
    await eraseAnaHalfWay();
    await backend.close();
    const undo = backupsRefuseWrites();
    try {
      backend = await openBackend(dir, log);
      expect(await must(backend, 'app:status', {})).toMatchObject({ state: 'ready', readOnly: false });
      expect((await must(backend, 'privacy:pendingErasure', {}))?.backupsLeft).toBeGreaterThanOrEqual(1);
    } finally {
      undo();
    }
    expect(log.errors).toHaveLength(1);
    await must(backend, 'privacy:finishErasure', {});
    expect(await everything(dir)).not.toContain('ana@example.org');
  });

  it('is carried on, not forgotten, when a second person is erased meanwhile', async () => {
    await eraseAnaHalfWay();
    const [petra] = await must(backend, 'person:find', { text: 'petra' });
    const report = await must(backend, 'person:erase', {
      refs: [{ collection: petra!.collection, id: petra!.id }],
    });
    expect(report.erasedRecords).toBe(2);
    expect(await must(backend, 'privacy:pendingErasure', {})).toBeNull();
    const left = await everything(dir);
    expect(left).not.toContain('ana@example.org');
    expect(left).not.toContain(petra!.name);
  });

  it('refuses a hand-over export until it is finished, so no archive carries the person out', async () => {
    await eraseAnaHalfWay();
    expect((await callError(backend, 'handover:export', { includeBackups: true })).code).toBe(
      'ERASURE_PENDING',
    );
    expect((await callError(backend, 'handover:export', { includeBackups: false })).code).toBe(
      'ERASURE_PENDING',
    );
    await must(backend, 'privacy:finishErasure', {});
    const archive = await must(backend, 'handover:export', { includeBackups: true });
    const files = Object.values(unzipSync(archive.bytes)).map((b) => Buffer.from(b).toString('utf8'));
    expect(files.join('')).not.toContain('ana@example.org');
  });

  it('answers that nothing is waiting when there is nothing to finish', async () => {
    expect(await must(backend, 'privacy:pendingErasure', {})).toBeNull();
    expect((await call(backend, 'privacy:finishErasure', {})).ok).toBe(false);
  });
});
