import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentName } from '../../../electron/core/attachments/attachmentStore';
import { must, openBackend, quietLog, removeDir, tempDataDir } from '../helpers/backend';

const ARMS_PNG = readFileSync(
  new URL(
    '../../fixtures/stores-with-images/v5/images/arms-2b7c6a1e-58f4-4b7e-9a34-6c1f0e2d9a10.png',
    import.meta.url,
  ),
);
const OTHER = Buffer.from('another coat of arms');
const KEPT = 'attachments.before-import-2026-11-20T09-00-00-000Z';
const STAGING = 'attachments.incoming-2026-11-20T09-00-00-000Z';

let dir: string;
beforeEach(async () => {
  dir = await tempDataDir('twinning-leftovers-');
});
afterEach(async () => {
  await removeDir(dir);
});

/** A folder that has been used once: a store, and a coat of arms in attachments/. */
async function usedFolder(): Promise<string> {
  const backend = await openBackend(dir, quietLog());
  const { file } = await must(backend, 'agreement:addImage', { bytes: ARMS_PNG });
  await backend.close();
  return file;
}

describe('attachment folders an older build left behind', () => {
  it('are merged into attachments/ at start-up and removed, even when attachments/ itself went missing', async () => {
    const arms = await usedFolder();
    // The older import was killed between its two renames: attachments/ is gone, its files are aside.
    await rename(join(dir, 'attachments'), join(dir, KEPT));
    await writeFile(join(dir, KEPT, 'legacy-names.json'), JSON.stringify({ 'arms-old.png': arms }));
    await mkdir(join(dir, STAGING));
    await writeFile(join(dir, STAGING, attachmentName(OTHER, 'png')), OTHER);

    const log = quietLog();
    const backend = await openBackend(dir, log);
    await backend.close();

    expect((await readdir(dir)).filter((n) => n.startsWith('attachments'))).toEqual(['attachments']);
    expect((await readFile(join(dir, 'attachments', arms))).equals(ARMS_PNG)).toBe(true);
    expect((await readFile(join(dir, 'attachments', attachmentName(OTHER, 'png')))).equals(OTHER)).toBe(true);
    expect(JSON.parse(await readFile(join(dir, 'attachments', 'legacy-names.json'), 'utf8'))).toEqual({
      'arms-old.png': arms,
    });
    expect(log.errors).toEqual([]);
  });

  it('never replace a file already in attachments/, and leave out a file whose bytes are not what its name says', async () => {
    const arms = await usedFolder();
    await mkdir(join(dir, KEPT));
    await writeFile(join(dir, KEPT, arms), 'not the same bytes');
    const forged = attachmentName(Buffer.from('something else'), 'png');
    await writeFile(join(dir, KEPT, forged), OTHER);

    const backend = await openBackend(dir, quietLog());
    await backend.close();

    expect(await readdir(dir)).not.toContain(KEPT);
    expect((await readFile(join(dir, 'attachments', arms))).equals(ARMS_PNG)).toBe(true);
    expect(await readdir(join(dir, 'attachments'))).toEqual([arms]);
  });
});
