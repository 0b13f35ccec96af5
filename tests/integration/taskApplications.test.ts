import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { europeDays } from './helpers/planning';

const application = europeDays();

describe('a task that serves a funding application, through dispatch', () => {
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
  });

  it('names the application it serves, offers it to link, and keeps its title as a note once it is deleted', async () => {
    const app = await must(backend, 'funding:saveApplication', application);
    const targets = await must(backend, 'tasks:targets', {});
    expect(targets.applications).toEqual([{ id: app.id, title: 'Europe Days 2026' }]);
    const task = await must(backend, 'tasks:save', {
      title: 'Collect the signed participant list',
      ownerId: null,
      dueDate: '2026-09-01',
      status: 'open',
      link: { kind: 'application', applicationId: app.id },
      notes: '',
    });
    expect(task).toMatchObject({ linkTitle: 'Europe Days 2026' });

    await must(backend, 'funding:removeApplication', { id: app.id });
    const [kept] = await must(backend, 'tasks:list', {});
    expect(kept).toMatchObject({ id: task.id, link: null, formerLink: 'Europe Days 2026' });
    const refused = await callError(backend, 'tasks:save', {
      title: 'Send the final report',
      ownerId: null,
      dueDate: null,
      status: 'open',
      link: { kind: 'application', applicationId: app.id },
      notes: '',
    });
    expect(refused.issues?.[0]).toMatchObject({ code: 'link_gone' });
  });
});
