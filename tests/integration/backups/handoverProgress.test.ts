import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import type { EventPayload } from '../../../shared/ipc/events';
import { callError, member, municipality, must, progressOf } from '../helpers/backend';
import { laptops } from '../helpers/machines';

const machine = laptops('twinning-handover-progress-');

/** A data folder with a few backups, so the archive holds several files to pack one by one. */
async function folderWithBackups(): Promise<{ dir: string; backend: Backend }> {
  const m = await machine();
  await must(m.backend, 'municipality:save', municipality('Alba Iulia'));
  for (const name of ['Ana', 'Bogdan', 'Carmen']) {
    await must(m.backend, 'member:save', member(name));
    await must(m.backend, 'backup:create', {});
  }
  return m;
}

describe('a hand-over the secretary can follow and cancel', () => {
  it('reports packing file by file up to the last, under the task the window named', async () => {
    const { backend } = await folderWithBackups();
    const seen = progressOf(backend);
    const archive = await must(backend, 'handover:export', { includeBackups: true, taskId: 'export-1234' });
    expect(archive.size).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((p) => p.taskId === 'export-1234' && p.phase === 'pack')).toBe(true);
    const last = seen.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThanOrEqual(4);
  });

  it('stops an export when cancelled and offers no archive', async () => {
    const { backend } = await folderWithBackups();
    const seen = progressOf(backend);
    let answer: Promise<unknown> | null = null;
    backend.events.subscribe((event) => {
      if (event === 'task:progress' && !answer)
        answer = backend.dispatch('task:cancel', { taskId: 'export-5678' });
    });
    const error = await callError(backend, 'handover:export', {
      includeBackups: true,
      taskId: 'export-5678',
    });
    expect(error.code).toBe('CANCELLED');
    expect(await answer).toEqual({ ok: true, data: { cancelled: true } });
    expect(seen.at(-1)!.done).toBeLessThan(seen.at(-1)!.total);
  });

  it('stops an import cancelled while its files are checked, leaving the folder as it was', async () => {
    const old = await folderWithBackups();
    const { bytes } = await must(old.backend, 'handover:export', { includeBackups: true });
    const successor = await machine();
    await must(successor.backend, 'municipality:save', municipality('Mine'));
    const before = await readFile(join(successor.dir, 'store.json'));
    const backupsBefore = await must(successor.backend, 'backup:list', {});
    successor.backend.events.subscribe((event, payload) => {
      const p = payload as EventPayload<'task:progress'>;
      if (event === 'task:progress' && p.phase === 'check')
        void successor.backend.dispatch('task:cancel', { taskId: 'import-1234' });
    });
    const error = await callError(successor.backend, 'handover:import', { bytes, taskId: 'import-1234' });
    expect(error.code).toBe('CANCELLED');
    expect((await must(successor.backend, 'committee:get', {})).municipality?.name).toBe('Mine');
    expect((await readFile(join(successor.dir, 'store.json'))).equals(before)).toBe(true);
    expect(await must(successor.backend, 'backup:list', {})).toEqual(backupsBefore);
  });

  it('finishes an import once it has begun to change the folder, and says the cancel came too late', async () => {
    const old = await folderWithBackups();
    const { bytes } = await must(old.backend, 'handover:export', { includeBackups: false });
    const successor = await machine();
    const answers: unknown[] = [];
    successor.backend.events.subscribe((event, payload) => {
      const p = payload as EventPayload<'task:progress'>;
      if (event === 'task:progress' && p.phase === 'install')
        answers.push(successor.backend.dispatch('task:cancel', { taskId: 'import-5678' }));
    });
    await must(successor.backend, 'handover:import', { bytes, taskId: 'import-5678' });
    expect(await Promise.all(answers)).toContainEqual({ ok: true, data: { cancelled: false } });
    expect((await must(successor.backend, 'committee:get', {})).municipality?.name).toBe('Alba Iulia');
  });

  it('refuses a task id that is not one the window could have made, naming the field', async () => {
    const { backend } = await machine();
    const error = await callError(backend, 'handover:export', { includeBackups: false, taskId: '../x' });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['taskId'] }] });
  });
});

describe('a hand-over file checked before the secretary is asked', () => {
  it('says whose records it holds, when it was saved and how many links, and writes nothing', async () => {
    const old = await folderWithBackups();
    const { bytes } = await must(old.backend, 'handover:export', { includeBackups: false });
    const successor = await machine();
    await must(successor.backend, 'municipality:save', municipality('Mine'));
    const before = await readFile(join(successor.dir, 'store.json'));
    const holds = await must(successor.backend, 'handover:inspect', { bytes });
    expect(holds).toMatchObject({ townName: 'Alba Iulia', partnerships: 0, files: 1 });
    expect(Date.parse(holds.createdAt)).not.toBeNaN();
    expect((await readFile(join(successor.dir, 'store.json'))).equals(before)).toBe(true);
    expect(await must(successor.backend, 'backup:list', {})).toEqual([]);
  });

  it('refuses a file that is not a hand-over, as the import would', async () => {
    const { backend } = await machine();
    const error = await callError(backend, 'handover:inspect', {
      bytes: new TextEncoder().encode('Oraș;Țară'),
    });
    expect(error.code).toBe('ARCHIVE_INVALID');
  });
});
