import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { urgentTasks } from '../../shared/domain/plan/task';
import { createBackendWithSample } from '../../electron/core/sample/withSample';
import { call, must, quietLog, removeDir, tempDataDir } from './helpers/backend';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('exploring with sample data', () => {
  let dir: string;
  let app: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    app = await createBackendWithSample({
      dataDir: dir,
      transport: 'browser',
      appVersion: '0.0.0-test',
      log,
    });
    await must(app, 'municipality:save', {
      name: 'Vienne',
      country: 'FR',
      region: 'Isère',
      population: 29_000,
      languages: ['fr'],
      coordinates: null,
    });
  });
  afterEach(async () => {
    await app.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  it('opens a made-up committee in a folder of its own, marked as a sample, and never touches her records', async () => {
    const before = await must(app, 'committee:get', {});
    const seen: boolean[] = [];
    app.events.subscribe((event, payload) => {
      if (event === 'store:changed') seen.push((payload as { reset: boolean }).reset);
    });

    const status = await must(app, 'sample:explore', {});
    expect(status.sample).toBe(true);
    expect(status.dataDir).not.toBe(dir);
    expect(status.dataDir.startsWith(dir)).toBe(false);
    expect((await must(app, 'app:status', {})).sample).toBe(true);
    expect((await must(app, 'committee:get', {})).municipality?.name).toBe('Buziaș');
    expect((await must(app, 'partnership:list', {})).length).toBe(2);

    // What she tries in the sample stays in the sample.
    await must(app, 'member:save', {
      name: 'Try Out',
      role: 'member',
      email: '',
      phone: '',
      termStart: null,
      termEnd: null,
    });
    const sampleDir = status.dataDir;
    const back = await must(app, 'sample:leave', {});
    expect(back.sample).toBeUndefined();
    expect(back.dataDir).toBe(dir);
    expect((await must(app, 'app:status', {})).sample).toBeUndefined();
    expect((await must(app, 'committee:get', {})).municipality?.name).toBe('Vienne');
    expect((await must(app, 'committee:get', {})).members).toEqual([]);
    expect(await must(app, 'committee:get', {})).toEqual(before);
    // Nothing of the sample reached her folder: not in the store, its journal or a backup.
    for (const file of await filesUnder(dir))
      expect(await readFile(file, 'utf8')).not.toMatch(/Buziaș|Try Out/);
    expect(existsSync(sampleDir)).toBe(false);
    // The window reloads everything at each switch.
    expect(seen).toEqual([true, ...seen.slice(1, -1), true]);
  });

  it('starts from a fresh sample each time, and a second click while it opens gives the same one', async () => {
    const [a, b] = await Promise.all([must(app, 'sample:explore', {}), must(app, 'sample:explore', {})]);
    expect(a.dataDir).toBe(b.dataDir);
    await must(app, 'sample:leave', {});
    const again = await must(app, 'sample:explore', {});
    expect(again.dataDir).not.toBe(a.dataDir);
    expect((await must(app, 'committee:get', {})).members.map((m) => m.name)).toEqual([
      'Ioana Popescu',
      'Andrei Munteanu',
    ]);
  });

  it('shows a year of work: the groups of two activities, host families one bed short, a plan, a meeting, tasks and an application', async () => {
    await must(app, 'sample:explore', {});
    const activities = await must(app, 'activities:list', {});
    const youth = activities.find((a) => a.title === 'Buziaș youth in Ornans');
    const choir = activities.find((a) => a.title === 'Ornans choir in Buziaș');
    if (!youth || !choir) throw new Error('the sample has both activities');

    const everyone = await must(app, 'participants:list', { activityId: youth.id });
    const group = everyone.filter((p) => p.country === 'RO');
    expect(group).toHaveLength(8);
    expect(group.filter((p) => p.role === 'groupLeader')).toHaveLength(1);
    // The exchange has a national group from each applicant's country: Ornans receives with its own.
    const hosts = everyone.filter((p) => p.country === 'FR');
    expect(hosts.map((p) => p.role).sort()).toEqual([...Array(4).fill('delegationMember'), 'groupLeader']);
    const year = Number(youth.startDate.slice(0, 4));
    const ages = group.filter((p) => p.role !== 'groupLeader').map((p) => year - (p.birthYear ?? 0));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(14);
    expect(Math.max(...ages)).toBeLessThanOrEqual(19);

    const guests = await must(app, 'participants:list', { activityId: choir.id });
    expect(guests).toHaveLength(10);
    for (const p of [...group, ...guests]) {
      expect(p.notes).toMatch(/^Sample data/);
      if (p.email) expect(p.email).toMatch(/@example\.org$/);
    }
    expect(await must(app, 'households:list', {})).toHaveLength(4);
    const beds = await must(app, 'hosts:suggest', { activityId: choir.id });
    expect(beds.summary).toEqual({ guests: 10, beds: 9, assigned: 7, shortage: 1 });
    expect(beds.unplaced).toHaveLength(1);

    const ornans = (await must(app, 'partnership:list', {})).find((p) => p.status !== 'prospect');
    const plan = await must(app, 'plan:get', { partnershipId: ornans?.id ?? '' });
    expect(plan?.actions.map((a) => a.status)).toContain('done');
    expect(plan?.actions.flatMap((a) => a.activityIds).sort()).toEqual([youth.id, choir.id].sort());
    const members = (await must(app, 'committee:get', {})).members.map((m) => m.id);
    expect(plan?.actions.every((a) => a.ownerId === null || members.includes(a.ownerId))).toBe(true);

    const [meeting] = await must(app, 'meetings:list', {});
    expect(meeting?.agenda.length).toBeGreaterThan(0);
    expect(meeting?.decisions[0]?.taskId).toEqual(expect.any(String));
    const tasks = await must(app, 'tasks:list', {});
    expect(tasks).toHaveLength(2);
    const today = new Date().toISOString().slice(0, 10);
    expect(tasks.every((t) => t.status === 'open' && (t.dueDate ?? '') >= today)).toBe(true);
    expect(urgentTasks(tasks, today).thisWeek.map((t) => t.title)).toEqual([
      'Send the parents the consent forms',
    ]);

    const [application] = await must(app, 'funding:applications', {});
    expect(application).toMatchObject({ status: 'drafting', activityIds: [youth.id] });
    // Every rule of Erasmus+ Youth Exchanges is met: ages 13–30, an adult leader, at least five
    // days, and two national groups each of four young people and a leader.
    expect(application?.lastCheck?.outcome).toBe('pass');
    expect(application?.lastCheck?.results.find((r) => r.kind === 'nationalGroups')).toMatchObject({
      outcome: 'pass',
      figures: { groups: 2 },
    });
    expect((application?.deadline?.date ?? '') > today).toBe(true);
    expect(await must(app, 'hosts:missing', {})).toEqual([
      expect.objectContaining({ activityId: choir.id, withoutHost: 3 }),
    ]);
  });

  it('deletes the sample folder when the app closes while it is open', async () => {
    const { dataDir } = await must(app, 'sample:explore', {});
    await app.close();
    expect(existsSync(dataDir)).toBe(false);
    app = await createBackendWithSample({
      dataDir: dir,
      transport: 'browser',
      appVersion: '0.0.0-test',
      log,
    });
    expect((await must(app, 'app:status', {})).sample).toBeUndefined();
  });

  it('is refused by a backend opened on its own, with no session to switch', async () => {
    const { createBackend } = await import('../../electron/core/backend');
    const alone = await createBackend({
      dataDir: await tempDataDir(),
      transport: 'browser',
      appVersion: 't',
      log,
    });
    const result = await call(alone, 'sample:explore', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await alone.close();
  });
});
