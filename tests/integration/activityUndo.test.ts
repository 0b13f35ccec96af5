import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { participant } from '../unit/shared/domain/activities/fixtures';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { landshut as link } from './helpers/hosts';

const camp = (partnershipId: string): Input<'activities:save'> => ({
  title: 'Summer camp',
  kind: 'youthExchange',
  partnershipIds: [partnershipId],
  host: null,
  venue: { name: '', address: '' },
  startDate: '2026-07-01',
  endDate: '2026-07-03',
  programme: [],
  languages: [],
  themes: [],
  organisationIds: [],
  notes: '',
});

describe('undoing the deletion of an activity', () => {
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

  /** Participants have no channel yet: they are written into the closed store's file. */
  async function withGuests(activityId: string, names: string[]): Promise<void> {
    await backend.close();
    const file = join(dir, 'store.json');
    const db = JSON.parse(await readFile(file, 'utf8')) as { participants: unknown[] };
    db.participants = names.map((name, i) => ({
      ...participant({ id: `guest-${i}`, name, activityId }),
      rev: 1,
      updatedAt: '2026-05-09T10:00:00.000Z',
    }));
    await writeFile(file, JSON.stringify(db));
    backend = await openBackend(dir, log);
  }

  it('says how many participants go with it, and brings them back with the activity', async () => {
    const p = await must(backend, 'partnership:save', link);
    const a = await must(backend, 'activities:save', camp(p.id));
    await withGuests(a.id, ['Anna Huber', 'Jonas Weber']);
    expect((await must(backend, 'activities:get', { id: a.id })).participants).toBe(2);

    const removed = await must(backend, 'activities:remove', { id: a.id });
    expect(removed.participants).toBe(2);
    const back = await must(backend, 'activities:restore', { id: a.id });
    expect(back.participants).toBe(2);
    expect(back.id).not.toBe(a.id);
  });

  it('is refused once the store was replaced by a backup, so nothing comes back twice', async () => {
    const p = await must(backend, 'partnership:save', link);
    const a = await must(backend, 'activities:save', camp(p.id));
    const backup = await must(backend, 'backup:create', {});
    await must(backend, 'activities:remove', { id: a.id });
    await must(backend, 'backup:restore', { id: backup.id });
    expect((await callError(backend, 'activities:restore', { id: a.id })).code).toBe('NOT_FOUND');
    expect((await must(backend, 'activities:list', {})).map((x) => x.id)).toEqual([a.id]);
  });
});
