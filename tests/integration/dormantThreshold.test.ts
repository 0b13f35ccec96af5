import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

// The helper's clock reads 2026-05-09.
interface StoredLink {
  id: string;
  status: string;
  partners: { place: { name: string } }[];
  timeline: { id: string; date: string }[];
  objectives: { agreedOn: string | null }[];
}

/** The current-version fixture with Landshut copied into links whose last recorded activity differs. */
async function writeStore(dir: string): Promise<void> {
  const store = JSON.parse(await readFile(new URL('../fixtures/stores/v5.json', import.meta.url), 'utf8'));
  const landshut = store.partnerships[0] as StoredLink;
  const link = (id: string, name: string, lastActivity: string, status = 'active'): StoredLink => ({
    ...structuredClone(landshut),
    id,
    status,
    partners: landshut.partners.map((t) => ({ ...t, place: { ...t.place, name } })),
    timeline: [{ ...landshut.timeline[0]!, id: `e-${id}`, date: lastActivity }],
    objectives: landshut.objectives.map((o) => ({ ...o, agreedOn: null })),
  });
  store.settings = { locale: 'de', dormantAfterMonths: 24 };
  store.partnerships = [
    link('p-recent', 'Recentville', '2026-02-01'), // three months and a week of silence
    link('p-year', 'Yearburg', '2025-04-01'), // thirteen months
    link('p-old', 'Oldham', '2023-01-15'), // over three years
    link('p-ended', 'Endwick', '2010-01-01', 'ended'), // ended links are never warned about
  ];
  await writeFile(join(dir, 'store.json'), JSON.stringify(store));
}

describe('the dormancy threshold from Settings', () => {
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    await writeStore(dir);
    backend = await openBackend(dir, log);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  /** Which links the Overview warns about (longest silence first) and which the registry list marks, by id. */
  async function quiet() {
    const dashboard = await must(backend, 'dashboard:get', {});
    const list = await must(backend, 'partnership:list', {});
    const marked = list
      .filter((r) => r.dormant)
      .map((r) => r.id)
      .sort();
    expect(dashboard.dormantTotal).toBe(dashboard.dormant.length);
    return {
      months: dashboard.dormantAfterMonths,
      overview: dashboard.dormant.map((d) => d.partnershipId),
      marked,
    };
  }

  const setMonths = (dormantAfterMonths: number) =>
    must(backend, 'settings:save', { locale: 'de', dormantAfterMonths });

  it('warns about more links as the threshold is lowered and fewer as it is raised, on the Overview and in the list alike', async () => {
    expect(await quiet()).toEqual({ months: 24, overview: ['p-old'], marked: ['p-old'] });

    await setMonths(12);
    expect(await quiet()).toEqual({ months: 12, overview: ['p-old', 'p-year'], marked: ['p-old', 'p-year'] });

    await setMonths(3);
    expect(await quiet()).toEqual({
      months: 3,
      overview: ['p-old', 'p-year', 'p-recent'],
      marked: ['p-old', 'p-recent', 'p-year'],
    });

    await setMonths(240);
    expect(await quiet()).toEqual({ months: 240, overview: [], marked: [] });

    // Back to where it started: the cached rows for 24 months are not stale.
    await setMonths(24);
    expect(await quiet()).toEqual({ months: 24, overview: ['p-old'], marked: ['p-old'] });
  });

  it('counts calendar months: a link silent since 1 February is quiet at a three-month threshold but not at four', async () => {
    await setMonths(4);
    expect((await quiet()).marked).toEqual(['p-old', 'p-year']);
    await setMonths(3);
    expect((await quiet()).marked).toContain('p-recent');
  });

  it('keeps the chosen threshold and the language across a restart', async () => {
    await setMonths(12);
    await backend.close();
    backend = await openBackend(dir, log);
    expect(await must(backend, 'settings:get', {})).toEqual({ locale: 'de', dormantAfterMonths: 12 });
    expect((await quiet()).marked).toEqual(['p-old', 'p-year']);
  });

  it('refuses a threshold outside 1–240 or in fractions and keeps the stored one', async () => {
    for (const dormantAfterMonths of [0, 241, 2.5]) {
      const result = await backend.dispatch('settings:save', { locale: 'de', dormantAfterMonths });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await quiet()).toEqual({ months: 24, overview: ['p-old'], marked: ['p-old'] });
  });
});
