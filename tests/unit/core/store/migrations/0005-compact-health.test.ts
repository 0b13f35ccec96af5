import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactHealthMigration } from '../../../../../electron/core/store/migrations/0005-compact-health';
import { parseStoreText } from '../../../../../electron/core/store/readStoreFile';
import { StoreV5 } from '../../../../../electron/core/store/migrations/schemaV5';
import { StoreV6 } from '../../../../../electron/core/store/migrations/schemaV6';
import { allHealthChecks } from '../../../../../shared/domain/partnershipHealth';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../fixtures/stores/${name}`, import.meta.url), 'utf8');

describe('migration 0005: compact health checklists', () => {
  it('keeps only the keys that are ticked or have evidence, and the frozen version 5 schema reads the result', () => {
    const v4 = JSON.parse(fixture('v4.json'));
    const upgraded = compactHealthMigration.up(v4) as StoreV6;
    expect(upgraded.schemaVersion).toBe(5);
    expect(upgraded.partnerships[0]?.health).toEqual([
      { key: 4, done: true, evidence: 'Three objectives agreed at the 2024 joint meeting' },
    ]);
    expect(StoreV5.safeParse(upgraded).success).toBe(true);
    // Version 5 is version 6's shape (6 only renamed image files): the frozen schema reads it.
    expect(StoreV6.safeParse({ ...upgraded, schemaVersion: 6 }).success).toBe(true);
  });

  it('loses nothing: every key reads as it did in the version 4 file', () => {
    const v4 = JSON.parse(fixture('v4.json'));
    const upgraded = compactHealthMigration.up(v4) as StoreV6;
    v4.partnerships.forEach((p: StoreV6['partnerships'][number], i: number) => {
      expect(allHealthChecks(upgraded.partnerships[i]?.health ?? [])).toEqual(p.health);
    });
    expect(upgraded.shortlist).toEqual(v4.shortlist);
    expect(upgraded.agreements).toEqual(v4.agreements);
    expect(upgraded.committee).toEqual(v4.committee);
  });

  it('keeps a key with evidence written down but not yet ticked', () => {
    const v4 = JSON.parse(fixture('v4.json'));
    v4.partnerships[0].health[8] = { key: 9, done: false, evidence: 'Review planned' };
    const upgraded = compactHealthMigration.up(v4) as StoreV6;
    expect(upgraded.partnerships[0]?.health.map((c) => c.key)).toEqual([4, 9]);
  });

  it('refuses a file that is not a version 4 store instead of guessing', () => {
    const v4 = JSON.parse(fixture('v4.json'));
    expect(() => compactHealthMigration.up({ ...v4, schemaVersion: 3 })).toThrow();
    expect(() => compactHealthMigration.up({ ...v4, shortlist: undefined })).toThrow();
  });

  it('reads the version 5 fixture as it is, migrating only from version 5 on', () => {
    const parsed = parseStoreText(fixture('v5.json'));
    expect(parsed).toMatchObject({ kind: 'ok', migratedFrom: 5 });
    if (parsed.kind === 'ok')
      expect(parsed.data.partnerships[0]?.health.map((c) => [c.key, c.done])).toEqual([
        [4, true],
        [9, false],
      ]);
  });
});
