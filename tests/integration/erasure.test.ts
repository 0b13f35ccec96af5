import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { ERASURE_JOB_FILE } from '../../electron/core/privacy/erasureJob';
import { call, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { failWhen, fsError } from './helpers/faults';

let dir: string;
let backend: Backend;

beforeEach(async () => {
  dir = await tempDataDir();
  // A committee member (Ana Popescu), a contact (Petra Müller) and a charter signed by two mayors.
  await copyFile(new URL('../fixtures/stores/v5.json', import.meta.url), join(dir, 'store.json'));
  backend = await openBackend(dir, quietLog());
});
afterEach(async () => {
  await backend.close();
  await removeDir(dir);
});

const ioana = { collection: 'agreements.signatories', id: 'sig-1' };
const everything = async (root: string): Promise<string> => {
  let text = '';
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) text += await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return text;
};

describe('erasing a person everywhere', () => {
  it('finds a mayor named in a charter and erases them from the draft, every kept version and every backup', async () => {
    await must(backend, 'backup:create', {});
    const found = await must(backend, 'person:find', { text: 'petrescu' });
    expect(found).toEqual([
      expect.objectContaining({ ...ioana, name: 'Ioana Petrescu', context: 'Sibiu – Landshut' }),
    ]);
    const report = await must(backend, 'person:erase', { refs: [ioana] });
    expect(report.erasedRecords).toBe(1);
    expect(report.backupsRewritten).toBeGreaterThanOrEqual(1);
    const view = await must(backend, 'agreement:get', { partnershipId: 'p-landshut' });
    const names = [view.agreement!.draft, ...view.agreement!.versions.map((v) => v.content)].flatMap((c) =>
      c.parties.flatMap((p) => p.signatories.map((s) => s.name)),
    );
    expect(names).toEqual(['Johann Berger', 'Johann Berger']);
    expect(await everything(dir)).not.toContain('Ioana Petrescu');
  });

  it('is finished by asking again when a backup could not be rewritten the first time', async () => {
    await must(backend, 'backup:create', {});
    const backups = join(dir, 'backups');
    const undo = failWhen('rename', (args) =>
      String(args[1]).startsWith(backups) ? fsError('EACCES', 'rename', String(args[1])) : null,
    );
    const refs = [{ collection: 'committee.members', id: 'm-ana' }];
    let first;
    try {
      first = await call(backend, 'person:erase', { refs });
    } finally {
      undo();
    }
    expect(first.ok).toBe(false);
    // The job is kept, owner-only, and the person is still in a backup.
    expect((await stat(join(dir, ERASURE_JOB_FILE))).mode & 0o777).toBe(0o600);
    expect(await everything(backups)).toContain('ana@example.org');

    const retry = await must(backend, 'person:erase', { refs });
    expect(retry.backupsRewritten).toBeGreaterThanOrEqual(1);
    expect(await readdir(dir)).not.toContain(ERASURE_JOB_FILE);
    expect(await everything(dir)).not.toContain('ana@example.org');
    expect((await call(backend, 'person:erase', { refs })).ok).toBe(false);
  });

  it('never deletes an unreadable file on a name alone, and says which ones mention the name', async () => {
    await writeFile(join(dir, 'store.damaged-2026-01-01T00-00-00-000Z.json'), 'garbage Ana Popescu garbage');
    await writeFile(join(dir, 'store.damaged-2026-01-02T00-00-00-000Z.json'), 'garbage ana@example.org');
    const report = await must(backend, 'person:erase', {
      refs: [{ collection: 'committee.members', id: 'm-ana' }],
    });
    expect(report.filesDeleted).toBe(1);
    expect(report.keptMentioningName).toEqual(['store.damaged-2026-01-01T00-00-00-000Z.json']);
    expect(await readdir(dir)).toContain('store.damaged-2026-01-01T00-00-00-000Z.json');
    expect(await readdir(dir)).not.toContain('store.damaged-2026-01-02T00-00-00-000Z.json');
  });
});
