import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../../../../electron/core/store/invariants';
import { recordsMigration } from '../../../../../electron/core/store/migrations/0007-records';
import { activitiesMigration } from '../../../../../electron/core/store/migrations/0008-activities';
import { StoreV7 } from '../../../../../electron/core/store/migrations/schemaV7';
import { parseStorage, type StoreData } from '../../../../../electron/core/store/schema';

/** A version 6 file: the version 5 fixture marked 6 (0006 kept the shape; its own fixture comes with it). */
const v6 = () => ({
  ...JSON.parse(readFileSync(new URL('../../../../fixtures/stores/v5.json', import.meta.url), 'utf8')),
  schemaVersion: 6,
});
/** Version 7 as 0007 writes it (checked against the frozen v7 shape), then carried to today's shape. */
const upgrade = (raw: unknown): StoreData => {
  const v7 = StoreV7.parse(recordsMigration.up(raw));
  const parsed = parseStorage(activitiesMigration.up(v7));
  if (!parsed.ok) throw new Error(parsed.where);
  return parsed.data;
};

describe('migration 0007: records', () => {
  it('gives every record revision 1, makes the singletons records and the members a collection', () => {
    const before = v6();
    const after = upgrade(before);
    expect(StoreV7.parse(recordsMigration.up(v6())).schemaVersion).toBe(7);
    expect(after.revision).toBe(before.revision);
    expect(StoreV7.parse(recordsMigration.up(v6())).partnerships.map((p) => p.rev)).toEqual(
      before.partnerships.map(() => 1),
    );
    expect(after.members.map(({ rev, ...m }) => [rev, m])).toEqual(
      before.committee.members.map((m: object) => [1, m]),
    );
    expect(after.settings[0]).toMatchObject({ ...before.settings, id: 'settings', rev: 1 });
    expect(after.municipality[0]).toMatchObject({ ...before.committee.municipality, id: 'municipality' });
    expect(after.committeeInfo[0]).toMatchObject({ ...before.committee.committee, id: 'committee' });
    expect(after.tombstones).toEqual([]);
    expect(checkAll(after)).toEqual([]);
  });

  it('repairs what older versions let through: a dangling shortlist mark and a second charter', () => {
    const before = v6();
    const p = before.partnerships[0];
    before.shortlist = [
      { ...before.shortlist[0], id: 's-gone', status: 'chosen', partnershipId: 'p-deleted-long-ago' },
    ];
    const charter = before.agreements[0];
    before.agreements = [
      { ...charter, id: 'a-old', partnershipId: p.id, updatedAt: '2020-01-01T00:00:00.000Z' },
      { ...charter, id: 'a-new', partnershipId: p.id, updatedAt: '2025-01-01T00:00:00.000Z' },
    ];
    const after = upgrade(before);
    expect(after.agreements.map((a) => a.id)).toEqual(['a-new']);
    for (const e of after.shortlist) expect(e).toMatchObject({ partnershipId: null, status: 'considering' });
    expect(checkAll(after)).toEqual([]);
  });

  it('refuses a file that is not a version 6 store instead of guessing', () => {
    expect(() => recordsMigration.up({ ...v6(), schemaVersion: 5 })).toThrow();
    expect(() => recordsMigration.up({ schemaVersion: 6, revision: 0 })).toThrow();
  });
});
