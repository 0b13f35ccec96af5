import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { CURRENT_SCHEMA_VERSION, emptyStore } from '../../electron/core/store/schema';
import { call, listDir, must, openBackend, removeDir, tempDataDir } from './helpers/backend';

const STORE = 'store.json';

/** A valid store holding one member, so "nothing lost" can be checked on real data. */
function goodStoreText(): string {
  const stamp = '2025-03-01T09:00:00.000Z';
  const data = emptyStore();
  data.members = [
    {
      id: 'm1',
      name: 'Ana Popescu',
      role: 'chair',
      email: '',
      phone: '',
      termStart: null,
      termEnd: null,
      createdAt: stamp,
      updatedAt: stamp,
      rev: 1,
    },
  ];
  return JSON.stringify(data, null, 2);
}

const damaged: Array<[string, string, string]> = [
  ['an empty file', '', 'EMPTY'],
  ['a file of only whitespace', '  \n\t', 'EMPTY'],
  ['a truncated file', goodStoreText().slice(0, 200), 'NOT_JSON'],
  ['a file that is not JSON', 'Twinning Desk data\u0000\u0001 garbage', 'NOT_JSON'],
  ['JSON null, which lowdb would treat as no data', 'null', 'INVALID'],
  ['JSON without a schema version', '{"committee":{}}', 'INVALID'],
  [
    'JSON of the right version but the wrong structure',
    JSON.stringify({ ...emptyStore(), members: 'none' }),
    'INVALID',
  ],
];

describe('opening a damaged store file', () => {
  let dir: string;
  let backend: Backend | null;

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = null;
  });
  afterEach(async () => {
    await backend?.close();
    await removeDir(dir);
  });

  async function openWith(text: string | Buffer): Promise<Backend> {
    await writeFile(join(dir, STORE), text);
    backend = await openBackend(dir);
    return backend;
  }

  it.each(damaged)('moves %s aside byte for byte and shows the recovery state', async (_name, text, code) => {
    const b = await openWith(text);
    const status = await must(b, 'app:status', {});
    expect(status).toMatchObject({ state: 'recovery', problem: { code } });
    const movedTo = status.problem?.movedTo;
    expect(movedTo).toMatch(/store\.damaged-.*\.json$/);
    expect(await readFile(movedTo as string, 'utf8')).toBe(text);
    expect(await listDir(dir)).not.toContain(STORE);
  });

  it('keeps damaged bytes that are not valid UTF-8 exactly as they were', async () => {
    const bytes = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a]);
    const status = await must(await openWith(bytes), 'app:status', {});
    expect(Buffer.compare(await readFile(status.problem?.movedTo as string), bytes)).toBe(0);
  });

  it('refuses reads and writes while in recovery, with STORE_UNAVAILABLE', async () => {
    const b = await openWith('{');
    expect(await call(b, 'committee:get', {})).toMatchObject({
      ok: false,
      error: { code: 'STORE_UNAVAILABLE' },
    });
    expect(
      await call(b, 'member:save', {
        name: 'Ana',
        role: 'chair',
        email: '',
        phone: '',
        termStart: null,
        termEnd: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'STORE_UNAVAILABLE' },
    });
  });

  it('starts with empty records on request, keeping the damaged file, and stays usable after a reopen', async () => {
    const b = await openWith('{"schemaVersion": 1, "committee": ');
    const movedTo = (await must(b, 'app:status', {})).problem?.movedTo as string;
    const status = await must(b, 'store:startEmpty', {});
    expect(status).toMatchObject({ state: 'ready', readOnly: false, problem: null });
    await must(b, 'committee:save', {
      name: 'Comité',
      legalForm: 'association',
      address: '',
      email: '',
      registrationNumber: '',
    });
    await b.close();
    backend = await openBackend(dir);
    expect((await must(backend, 'committee:get', {})).committee?.name).toBe('Comité');
    expect(await readFile(movedTo, 'utf8')).toBe('{"schemaVersion": 1, "committee": ');
  });

  it('refuses to start empty a second time once records exist', async () => {
    const b = await openWith('');
    await must(b, 'store:startEmpty', {});
    expect(await call(b, 'store:startEmpty', {})).toMatchObject({
      ok: false,
      error: { code: 'STORE_UNAVAILABLE' },
    });
  });

  it('refuses to start empty when nothing is wrong', async () => {
    backend = await openBackend(dir);
    expect(await call(backend, 'store:startEmpty', {})).toMatchObject({
      ok: false,
      error: { code: 'STORE_UNAVAILABLE' },
    });
  });

  it('moves a second damaged file aside without overwriting the first one kept', async () => {
    const first = await openWith('first damage');
    const firstKept = (await must(first, 'app:status', {})).problem?.movedTo as string;
    await first.close();
    const second = await openWith('second damage');
    const secondKept = (await must(second, 'app:status', {})).problem?.movedTo as string;
    expect(secondKept).not.toBe(firstKept);
    expect(await readFile(firstKept, 'utf8')).toBe('first damage');
    expect(await readFile(secondKept, 'utf8')).toBe('second damage');
  });
});

describe('opening a store from a newer version of the app', () => {
  const newer = CURRENT_SCHEMA_VERSION + 1;
  const text = JSON.stringify({ schemaVersion: newer, revision: 7, committee: { future: true } }, null, 2);
  let dir: string;

  beforeEach(async () => {
    dir = await tempDataDir();
    await writeFile(join(dir, STORE), text);
  });
  afterEach(() => removeDir(dir));

  it('leaves the file in place, untouched byte for byte, and reports the version', async () => {
    const backend = await openBackend(dir);
    const status = await must(backend, 'app:status', {});
    expect(status).toMatchObject({
      state: 'recovery',
      problem: { code: 'TOO_NEW', movedTo: null, foundVersion: newer },
    });
    expect(await call(backend, 'store:startEmpty', {})).toMatchObject({
      ok: false,
      error: { code: 'STORE_UNAVAILABLE' },
    });
    await backend.close();
    expect(await readFile(join(dir, STORE), 'utf8')).toBe(text);
    expect((await listDir(dir)).filter((n) => n.includes('damaged'))).toEqual([]);
  });
});
