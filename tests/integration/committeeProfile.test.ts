import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { call, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

const town = {
  name: 'Sibiu',
  country: 'RO',
  region: 'Sibiu',
  population: 134_309,
  languages: ['ro', 'de'],
  coordinates: { lat: 45.7928, lon: 24.1521 },
};
const committee = {
  name: 'Asociația de înfrățire Sibiu',
  legalForm: 'association' as const,
  address: 'Piața Mare 1, 550163 Sibiu',
  email: 'contact@infratire-sibiu.ro',
  registrationNumber: '12/2019',
};
const person = (name: string, role: 'chair' | 'secretary' | 'treasurer' | 'member') => ({
  name,
  role,
  email: '',
  phone: '',
  termStart: '2024-01-01',
  termEnd: null,
});

describe('committee profile through dispatch', () => {
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  async function reopen(): Promise<void> {
    await backend.close();
    backend = await openBackend(dir, log);
  }

  it('starts empty in a new data folder', async () => {
    expect(await must(backend, 'committee:get', {})).toEqual({
      municipality: null,
      committee: null,
      members: [],
    });
    expect((await must(backend, 'app:status', {})).state).toBe('ready');
  });

  it('refuses a home town or committee save based on an older revision, and keeps the newer one', async () => {
    const first = await must(backend, 'municipality:save', town);
    await must(backend, 'municipality:save', { ...town, region: 'Sibiu County', rev: first.rev });
    const stale = await backend.dispatch('municipality:save', { ...town, population: 1, rev: first.rev });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const info = await must(backend, 'committee:save', committee);
    await must(backend, 'committee:save', { ...committee, address: 'Piața Mare 1', rev: info.rev });
    const late = await backend.dispatch('committee:save', { ...committee, address: '', rev: info.rev });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const profile = await must(backend, 'committee:get', {});
    expect(profile.municipality).toMatchObject({
      region: 'Sibiu County',
      population: town.population,
      rev: 2,
    });
    expect(profile.committee).toMatchObject({ address: 'Piața Mare 1', rev: 2 });
  });

  it('keeps the municipality, the committee and the members after closing and reopening', async () => {
    await must(backend, 'municipality:save', town);
    await must(backend, 'committee:save', committee);
    const chair = await must(backend, 'member:save', person('Ana Popescu', 'chair'));
    await must(backend, 'member:save', person('Ion Ionescu', 'secretary'));
    await reopen();
    const profile = await must(backend, 'committee:get', {});
    expect(profile.municipality).toEqual({ ...town, rev: 1 });
    expect(profile.committee).toEqual({ ...committee, rev: 1 });
    expect(profile.members.map((m) => [m.name, m.role])).toEqual([
      ['Ana Popescu', 'chair'],
      ['Ion Ionescu', 'secretary'],
    ]);
    expect(profile.members[0]?.id).toBe(chair.id);
  });

  it('edits a member in place and keeps its id and creation time', async () => {
    const created = await must(backend, 'member:save', person('Maria Dumitrescu', 'member'));
    const edited = await must(backend, 'member:save', {
      ...person('Maria Dumitrescu', 'treasurer'),
      id: created.id,
      phone: '+40 269 123 456',
    });
    expect(edited).toMatchObject({ id: created.id, role: 'treasurer', createdAt: created.createdAt });
    expect(edited.updatedAt > created.updatedAt).toBe(true);
    await reopen();
    expect((await must(backend, 'committee:get', {})).members).toEqual([edited]);
  });

  it('deletes a member for good', async () => {
    const a = await must(backend, 'member:save', person('Ana', 'chair'));
    const b = await must(backend, 'member:save', person('Ion', 'secretary'));
    expect(await must(backend, 'member:delete', { id: a.id })).toEqual({ id: a.id });
    await reopen();
    expect((await must(backend, 'committee:get', {})).members.map((m) => m.id)).toEqual([b.id]);
  });

  it('answers editing or deleting an unknown member with NOT_FOUND and changes nothing', async () => {
    await must(backend, 'member:save', person('Ana', 'chair'));
    const before = await readFile(join(dir, 'store.json'), 'utf8');
    expect(await call(backend, 'member:delete', { id: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call(backend, 'member:save', { ...person('X', 'member'), id: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await readFile(join(dir, 'store.json'), 'utf8')).toBe(before);
  });

  it('rejects an invalid e-mail and an empty name with VALIDATION and saves nothing', async () => {
    const result = await call(backend, 'member:save', { ...person('  ', 'chair'), email: 'ana@' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['name', 'required'],
      ['email', 'invalid_email'],
    ]);
    await reopen();
    expect((await must(backend, 'committee:get', {})).members).toEqual([]);
  });

  it('rejects a term that ends before it starts', async () => {
    const result = await call(backend, 'member:save', {
      ...person('Ana', 'chair'),
      termStart: '2026-01-01',
      termEnd: '2025-01-01',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['termEnd'], code: 'term_end_before_start' }] },
    });
  });

  it('writes the store readable by its owner only', async () => {
    await must(backend, 'committee:save', committee);
    expect((await stat(join(dir, 'store.json'))).mode & 0o777).toBe(0o600);
  });

  it('keeps the data of concurrent saves, none overwriting another', async () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    await Promise.all(names.map((n) => must(backend, 'member:save', person(n, 'member'))));
    await reopen();
    expect((await must(backend, 'committee:get', {})).members.map((m) => m.name).sort()).toEqual(names);
  });
});
