import { unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callError, member, municipality, must } from '../helpers/backend';
import { ARMS_PNG, laptops } from '../helpers/machines';
import { failWhen, fsError } from '../helpers/faults';

const machine = laptops('twinning-handover-undo-');

/** Every file under the folder with a checksum of its bytes. */
async function folderState(dir: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    state[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return state;
}

/** Adds a file to an archive with its manifest row, as an older app's export would have it. */
function withFile(bytes: Uint8Array, path: string, content: Uint8Array<ArrayBuffer>): Uint8Array {
  const entries = unzipSync(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
    files: { path: string; size: number; sha256: string }[];
  };
  manifest.files.push({
    path,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  });
  entries[path] = content;
  entries['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  return zipSync(entries);
}

describe('a hand-over import that fails while the store is replaced', () => {
  it('leaves the data folder exactly as it was: no coat of arms, backup or name record of the archive stays', async () => {
    const old = await machine();
    await must(old.backend, 'municipality:save', municipality('Alba Iulia'));
    const arms = await must(old.backend, 'agreement:addImage', { bytes: ARMS_PNG });
    await must(old.backend, 'backup:create', {});
    const exported = await must(old.backend, 'handover:export', { includeBackups: true });
    const legacy = { 'arms-2b7c6a1e-58f4-4b7e-9a34-6c1f0e2d9a10.png': arms.file };
    const archive = withFile(
      exported.bytes,
      'attachments/legacy-names.json',
      new TextEncoder().encode(JSON.stringify(legacy)),
    );

    const successor = await machine();
    await must(successor.backend, 'municipality:save', municipality('Buziaș'));
    await must(successor.backend, 'member:save', member('Ioana'));
    // Her own backup folds the journal into store.json, so the import has nothing left to fold in.
    await must(successor.backend, 'backup:create', {});
    const before = await folderState(successor.dir);

    const storeFile = join(successor.dir, 'store.json');
    const undo = failWhen('rename', (args) =>
      String(args[1]) === storeFile ? fsError('ENOSPC', 'rename', storeFile) : null,
    );
    let error;
    try {
      error = await callError(successor.backend, 'handover:import', { bytes: archive });
    } finally {
      undo();
    }
    expect(error.code).toBe('DISK_FULL');
    expect(await folderState(successor.dir)).toEqual(before);

    // Her own records are still open, and she can go on saving.
    const profile = await must(successor.backend, 'committee:get', {});
    expect(profile.municipality?.name).toBe('Buziaș');
    expect(profile.members.map((m) => m.name)).toEqual(['Ioana']);
    await must(successor.backend, 'member:save', member('Mihai'));
    expect((await must(successor.backend, 'backup:list', {})).map((b) => b.reason)).toEqual(['manual']);
  });
});
