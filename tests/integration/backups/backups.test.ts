import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import {
  callError,
  manualTimers,
  member,
  municipality,
  must,
  openBackendWith,
  removeDir,
  steppingClock,
  tempDataDir,
} from '../helpers/backend';

let dir: string;
let backend: Backend;
const clock = steppingClock();
const timers = manualTimers();

beforeEach(async () => {
  dir = await tempDataDir();
  backend = await openBackendWith(dir, { now: clock.now, timers: timers.timers });
});
afterEach(async () => {
  await backend.close();
  await removeDir(dir);
});

async function settle(): Promise<void> {
  timers.runAll();
  // The snapshot runs on a promise chain after the timer (folding the journal in first): wait for it.
  for (let waited = 0; waited < 5000; waited += 20) {
    if ((await readdir(join(dir, 'backups')).catch(() => [])).some((n) => n.endsWith('-periodic.json')))
      return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('backups', () => {
  it('takes a periodic snapshot after a change and lists it with date, size and reason', async () => {
    await must(backend, 'municipality:save', municipality('Cluj'));
    await settle();
    const list = await must(backend, 'backup:list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ reason: 'periodic' });
    expect(list[0]!.size).toBeGreaterThan(50);
    expect(Date.parse(list[0]!.createdAt)).not.toBeNaN();
  });

  it('takes a periodic snapshot that is a byte-for-byte copy of the store file holding the change', async () => {
    await must(backend, 'municipality:save', municipality('Cluj'));
    await settle();
    const [periodic] = await must(backend, 'backup:list', {});
    const backupBytes = await readFile(join(dir, 'backups', periodic!.id));
    // The journal is folded into store.json first, so the file on disk and the backup agree.
    expect(backupBytes.equals(await readFile(join(dir, 'store.json')))).toBe(true);
    expect(backupBytes.toString('utf8')).toContain('Cluj');
  });

  it('previews a backup with counts per collection, committee name and schema version', async () => {
    await must(backend, 'committee:save', {
      name: 'Comitetul de înfrățire',
      legalForm: 'association',
      address: '',
      email: '',
      registrationNumber: '',
    });
    await must(backend, 'member:save', member('Ana'));
    await must(backend, 'member:save', member('Ion'));
    const created = await must(backend, 'backup:create', {});
    const preview = await must(backend, 'backup:preview', { id: created.id });
    expect(preview.committeeName).toBe('Comitetul de înfrățire');
    expect(preview.counts['committee.members']).toBe(2);
    expect(preview.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('restores a backup and keeps the state it replaced, so the restore can be undone', async () => {
    await must(backend, 'municipality:save', municipality('Before'));
    const early = await must(backend, 'backup:create', {});
    await must(backend, 'municipality:save', municipality('After'));

    await must(backend, 'backup:restore', { id: early.id });
    expect((await must(backend, 'committee:get', {})).municipality?.name).toBe('Before');

    const undo = (await must(backend, 'backup:list', {})).find((b) => b.reason === 'restore');
    expect(undo).toBeDefined();
    await must(backend, 'backup:restore', { id: undo!.id });
    expect((await must(backend, 'committee:get', {})).municipality?.name).toBe('After');
  });

  it('keeps the restored state after the app is started again', async () => {
    await must(backend, 'municipality:save', municipality('Kept'));
    const snapshot = await must(backend, 'backup:create', {});
    await must(backend, 'municipality:save', municipality('Replaced'));
    await must(backend, 'backup:restore', { id: snapshot.id });
    await backend.close();
    backend = await openBackendWith(dir, { now: clock.now, timers: timers.timers });
    expect((await must(backend, 'committee:get', {})).municipality?.name).toBe('Kept');
  });

  it('refuses a damaged backup without changing anything', async () => {
    await must(backend, 'municipality:save', municipality('Safe'));
    const snapshot = await must(backend, 'backup:create', {});
    await writeFile(join(dir, 'backups', snapshot.id), '{"schemaVersion":1,"revision":');
    const before = await readFile(join(dir, 'store.json'), 'utf8');
    expect((await callError(backend, 'backup:restore', { id: snapshot.id })).code).toBe('BACKUP_DAMAGED');
    expect((await callError(backend, 'backup:preview', { id: snapshot.id })).code).toBe('BACKUP_DAMAGED');
    expect(await readFile(join(dir, 'store.json'), 'utf8')).toBe(before);
  });

  it('rejects ids that would name a file outside the backups folder', async () => {
    for (const id of [
      '../store.json',
      'store.json',
      '/etc/passwd',
      'store-2026-11-20T09-00-00-000Z-manual.json/../../x',
    ]) {
      expect((await callError(backend, 'backup:restore', { id })).code).toBe('VALIDATION');
    }
    expect(
      (await callError(backend, 'backup:preview', { id: 'store-2026-11-20T09-00-00-000Z-manual.json' })).code,
    ).toBe('NOT_FOUND');
  });

  it('restores the newest good backup from the recovery state after the store file was damaged', async () => {
    await must(backend, 'municipality:save', municipality('Older'));
    await must(backend, 'backup:create', {});
    await must(backend, 'municipality:save', municipality('Newest good'));
    await must(backend, 'backup:create', {});
    await backend.close();
    // A later backup that is itself damaged must be skipped.
    await writeFile(join(dir, 'backups', 'store-2026-11-21T23-00-00-000Z-periodic.json'), 'garbage');
    await writeFile(join(dir, 'store.json'), '{ truncated');

    backend = await openBackendWith(dir, { now: clock.now, timers: timers.timers });
    expect((await must(backend, 'app:status', {})).state).toBe('recovery');
    expect((await must(backend, 'backup:list', {})).length).toBe(3);
    const status = await must(backend, 'backup:restoreNewestGood', {});
    expect(status.state).toBe('ready');
    expect((await must(backend, 'committee:get', {})).municipality?.name).toBe('Newest good');
    const names = await readdir(dir);
    expect(names.some((n) => n.startsWith('store.damaged-'))).toBe(true);
  });

  it('says there is nothing to restore when no backup can be read', async () => {
    expect((await callError(backend, 'backup:restoreNewestGood', {})).code).toBe('NOT_FOUND');
  });
});
