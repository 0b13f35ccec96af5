import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentName, attachmentStore } from '../../../electron/core/attachments/attachmentStore';
import { sweepUnreferenced } from '../../../electron/core/attachments/sweep';
import { backupDir } from '../../../electron/core/store/backups';
import { must, openBackend, quietLog, removeDir, tempDataDir } from '../helpers/backend';
import { mkdir } from 'node:fs/promises';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});
async function folder() {
  const dir = await tempDataDir();
  dirs.push(dir);
  return dir;
}
const bytes = (text: string) => new TextEncoder().encode(text);
const DAY = 86_400_000;

describe('the attachment store', () => {
  it('names a file by its bytes, stores the same bytes once, and reads them back', async () => {
    const store = attachmentStore(await folder());
    const name = await store.add(bytes('receipt'), 'pdf');
    expect(name).toBe(attachmentName(bytes('receipt'), 'pdf'));
    expect(await store.add(bytes('receipt'), 'pdf')).toBe(name);
    expect(await store.list()).toEqual([name]);
    expect(await store.exists(name)).toBe(true);
    expect((await store.read(name))?.toString()).toBe('receipt');
    expect(await store.read(`${'a'.repeat(64)}.pdf`)).toBeNull();
    expect(await store.read('../store.json')).toBeNull();
  });

  it('sweeps only files no record and no backup names, and never one added within the grace period', async () => {
    const dir = await folder();
    const backend = await openBackend(dir, quietLog());
    await must(backend, 'member:save', {
      name: 'Ana',
      role: 'member',
      email: '',
      phone: '',
      termStart: null,
      termEnd: null,
    });
    await backend.close();
    const store = attachmentStore(dir);
    const orphan = await store.add(bytes('orphan'), 'png');
    const young = await store.add(bytes('young'), 'png');
    const inBackup = await store.add(bytes('in a backup'), 'png');
    await mkdir(backupDir(dir), { recursive: true });
    await writeFile(
      join(backupDir(dir), 'store-2026-11-01T10-00-00-000Z-manual.json'),
      `{"file":"${inBackup}"}`,
    );
    const old = new Date(Date.now() - 30 * DAY);
    for (const name of [orphan, inBackup]) await utimes(join(store.dir, name), old, old);

    expect(await sweepUnreferenced(dir, new Date())).toEqual([orphan]);
    expect((await store.list()).sort()).toEqual([young, inBackup].sort());
  });
});
