import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../../../../electron/core/store/invariants';
import { activitiesMigration } from '../../../../../electron/core/store/migrations/0008-activities';
import { parseStorage, type StoreData } from '../../../../../electron/core/store/schema';

const v7 = () =>
  JSON.parse(readFileSync(new URL('../../../../fixtures/stores/v7.json', import.meta.url), 'utf8'));
const NOW = new Date('2026-11-20T09:00:00.000Z');
const upgrade = (raw: unknown, now: Date | undefined = NOW): StoreData => {
  const parsed = parseStorage(activitiesMigration.up(raw, { legacyImages: new Map(), now }));
  if (!parsed.ok) throw new Error(parsed.where);
  return parsed.data;
};
type Entry = { id: string; kind: string; date: string; title: string; note: string };

describe('migration 0008: activities', () => {
  it('moves every visit and exchange off the timeline into an activity, word for word, and keeps the rest', () => {
    const before = v7();
    const p = before.partnerships[0];
    p.timeline = [
      { id: 'e-1', kind: 'visit', date: '2025-06-01', title: 'Mayor of Ornans in Buziaș', note: 'Wine fair' },
      { id: 'e-2', kind: 'exchange', date: '2027-04-10', title: 'Choir exchange', note: '' },
      { id: 'e-3', kind: 'meeting', date: '2025-01-15', title: 'Joint committee', note: 'Minutes sent' },
    ] satisfies Entry[];
    const after = upgrade(before);
    const moved = after.activities.filter((a) => a.partnershipIds.includes(p.id));
    expect(moved.map((a) => [a.title, a.kind, a.startDate, a.endDate, a.status, a.notes])).toEqual([
      ['Mayor of Ornans in Buziaș', 'officialVisit', '2025-06-01', '2025-06-01', 'held', 'Wine fair'],
      ['Choir exchange', 'citizensExchange', '2027-04-10', '2027-04-10', 'planned', ''],
    ]);
    const kept = after.partnerships.find((x) => x.id === p.id)!;
    expect(kept.timeline.map((e) => e.id)).toEqual(['e-3']);
    expect(kept.rev).toBe(p.rev + 1);
    expect(moved.every((a) => a.rev === 1 && a.host === null)).toBe(true);
    expect(checkAll(after)).toEqual([]);
  });

  it('leaves a partnership without visits untouched and opens the new collections empty', () => {
    const before = v7();
    for (const p of before.partnerships) p.timeline = p.timeline.filter((e: Entry) => e.kind === 'meeting');
    const after = upgrade(before);
    const shape = (ps: { id: string; rev: number; updatedAt: string; timeline: unknown[] }[]) =>
      ps.map((p) => [p.id, p.rev, p.updatedAt, p.timeline]);
    expect(shape(after.partnerships)).toEqual(shape(before.partnerships));
    expect(after.activities).toEqual([]);
    for (const c of ['participants', 'households', 'hostAssignments', 'organisations'] as const)
      expect(after[c]).toEqual([]);
    for (const c of ['budgetLines', 'ledger', 'cofinancing', 'rates'] as const) expect(after[c]).toEqual([]);
    for (const c of ['plans', 'tasks', 'meetings', 'applications', 'programmes'] as const)
      expect(after[c]).toEqual([]);
    expect(after.schemaVersion).toBe(8);
    expect(after.revision).toBe(before.revision);
  });

  it('gives the same activities when run twice, and tells past from future by the file itself without a clock', () => {
    const once = upgrade(v7());
    const twice = upgrade(v7());
    expect(twice.activities).toEqual(once.activities);
    const unclocked = upgrade(v7(), undefined);
    expect(unclocked.activities.map((a) => a.id)).toEqual(once.activities.map((a) => a.id));
  });
});
