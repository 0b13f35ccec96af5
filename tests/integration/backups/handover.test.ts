import { unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { callError, member, municipality, must } from '../helpers/backend';
import { ARMS_PNG, laptops } from '../helpers/machines';

const machine = laptops('twinning-handover-');

async function exportFrom(backend: Backend, includeBackups = true): Promise<Uint8Array> {
  const archive = await must(backend, 'handover:export', { includeBackups });
  expect(archive.fileName).toMatch(/^twinning-desk-handover-.*\.zip$/);
  return archive.bytes;
}

/** Re-zips an archive after changing its entries, to forge damaged or malicious ones. */
function tamper(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(entries);
}

describe('hand-over archive', () => {
  it('carries the store, the coats of arms and the backups to another machine', async () => {
    const old = await machine();
    await must(old.backend, 'municipality:save', municipality('Alba Iulia'));
    await must(old.backend, 'member:save', member('Ana'));
    const arms = await must(old.backend, 'agreement:addImage', { bytes: ARMS_PNG });
    await must(old.backend, 'backup:create', {});
    const bytes = await exportFrom(old.backend);
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json'])) as {
      files: { path: string; sha256: string }[];
    };
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['store.json', `attachments/${arms.file}`]),
    );
    expect(manifest.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);

    const successor = await machine();
    await must(successor.backend, 'municipality:save', municipality('Placeholder'));
    const result = await must(successor.backend, 'handover:import', { bytes });
    expect(result.files).toBe(manifest.files.length);
    const profile = await must(successor.backend, 'committee:get', {});
    expect(profile.municipality?.name).toBe('Alba Iulia');
    expect(profile.members.map((m) => m.name)).toEqual(['Ana']);
    expect((await readFile(join(successor.dir, 'attachments', arms.file))).equals(ARMS_PNG)).toBe(true);
    const reasons = (await must(successor.backend, 'backup:list', {})).map((b) => b.reason);
    expect(reasons).toContain('handover');
    expect(reasons).toContain('manual');
    // Nothing is kept aside under a dated name to pile up.
    expect((await readdir(successor.dir)).filter((n) => n.startsWith('attachments'))).toEqual([
      'attachments',
    ]);
  });

  it('leaves out the backups when asked to', async () => {
    const old = await machine();
    await must(old.backend, 'backup:create', {});
    const names = Object.keys(unzipSync(await exportFrom(old.backend, false)));
    expect(names.some((n) => n.startsWith('backups/'))).toBe(false);
  });

  it('can be undone: the replaced store is kept as an import snapshot', async () => {
    const old = await machine();
    await must(old.backend, 'municipality:save', municipality('From archive'));
    const bytes = await exportFrom(old.backend);
    const successor = await machine();
    await must(successor.backend, 'municipality:save', municipality('Mine'));
    await must(successor.backend, 'handover:import', { bytes });
    const undo = (await must(successor.backend, 'backup:list', {})).find((b) => b.reason === 'handover');
    await must(successor.backend, 'backup:restore', { id: undo!.id });
    expect((await must(successor.backend, 'committee:get', {})).municipality?.name).toBe('Mine');
  });

  const forgeries: [string, (e: Record<string, Uint8Array>) => void][] = [
    [
      'a file whose bytes changed',
      (e) => void (e['store.json'] = new TextEncoder().encode('{"schemaVersion":1}')),
    ],
    ['a missing file', (e) => void delete e['store.json']],
    ['an unlisted extra file', (e) => void (e['attachments/extra.txt'] = new Uint8Array([1]))],
    [
      'an attachment whose bytes are not those its name says',
      (e) => {
        const name = `attachments/${'0'.repeat(64)}.png`;
        const bytes = new Uint8Array([1, 2, 3]);
        const manifest = JSON.parse(new TextDecoder().decode(e['manifest.json'])) as {
          files: { path: string; size: number; sha256: string }[];
        };
        manifest.files.push({
          path: name,
          size: 3,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        });
        e[name] = bytes;
        e['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
      },
    ],
    ['no manifest', (e) => void delete e['manifest.json']],
    [
      'a path escaping the data folder',
      (e) => {
        const manifest = JSON.parse(new TextDecoder().decode(e['manifest.json'])) as {
          files: { path: string }[];
        };
        manifest.files[0]!.path = '../evil.json';
        e['../evil.json'] = e['store.json']!;
        e['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
      },
    ],
  ];

  it.each(forgeries)('is refused whole when it has %s, and nothing is replaced', async (_name, change) => {
    const old = await machine();
    await must(old.backend, 'municipality:save', municipality('Elsewhere'));
    const bytes = await exportFrom(old.backend);
    const successor = await machine();
    await must(successor.backend, 'municipality:save', municipality('Untouched'));
    const before = await readFile(join(successor.dir, 'store.json'), 'utf8');
    const error = await callError(successor.backend, 'handover:import', { bytes: tamper(bytes, change) });
    expect(error.code).toBe('ARCHIVE_INVALID');
    expect(await readFile(join(successor.dir, 'store.json'), 'utf8')).toBe(before);
    expect(await must(successor.backend, 'backup:list', {})).toEqual([]);
    expect((await readdir(successor.dir)).filter((n) => n.startsWith('attachments'))).toEqual([]);
  });

  it('refuses bytes that are not a zip archive, and a valid archive whose store is damaged', async () => {
    const { backend, dir } = await machine();
    expect((await callError(backend, 'handover:import', { bytes: Buffer.from('hello') })).code).toBe(
      'ARCHIVE_INVALID',
    );
    const other = await machine();
    const bytes = await exportFrom(other.backend);
    const damaged = tamper(bytes, (e) => {
      const store = new TextEncoder().encode('{"schemaVersion": 1, "revision": "x"}');
      const manifest = JSON.parse(new TextDecoder().decode(e['manifest.json'])) as {
        files: { path: string; size: number; sha256: string }[];
      };
      const entry = manifest.files.find((f) => f.path === 'store.json')!;
      entry.size = store.length;
      entry.sha256 = createHash('sha256').update(store).digest('hex');
      e['store.json'] = store;
      e['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
    });
    const error = await callError(backend, 'handover:import', { bytes: damaged });
    expect(error.code).toBe('ARCHIVE_INVALID');
    expect(error.message).toContain('store');
    expect((await stat(join(dir, 'store.json'))).isFile()).toBe(true);
  });
});
