import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shortlistMigration } from '../../../../../electron/core/store/migrations/0004-shortlist';
import { StoreV4 } from '../../../../../electron/core/store/migrations/schemaV4';
import { parseStoreText } from '../../../../../electron/core/store/readStoreFile';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../fixtures/stores/${name}`, import.meta.url), 'utf8');

describe('migration 0004: shortlist', () => {
  it('upgrades a version 3 store to version 4 with an empty shortlist', () => {
    const upgraded = shortlistMigration.up(JSON.parse(fixture('v3.json'))) as StoreV4;
    expect(upgraded.schemaVersion).toBe(4);
    expect(upgraded.shortlist).toEqual([]);
    expect(StoreV4.safeParse(upgraded).success).toBe(true);
  });

  it('keeps the committee, partnerships and agreements of the version 3 file unchanged', () => {
    const v3 = JSON.parse(fixture('v3.json'));
    const upgraded = shortlistMigration.up(v3) as StoreV4;
    expect(upgraded.committee).toEqual(v3.committee);
    expect(upgraded.partnerships).toEqual(v3.partnerships);
    expect(upgraded.agreements).toEqual(v3.agreements);
    expect(upgraded.revision).toBe(v3.revision);
  });

  it('refuses a file that is not a version 3 store instead of guessing', () => {
    const v3 = JSON.parse(fixture('v3.json'));
    expect(() => shortlistMigration.up({ ...v3, schemaVersion: 2 })).toThrow();
    expect(() => shortlistMigration.up({ ...v3, agreements: undefined })).toThrow();
  });

  it('reads the version 4 fixture, shortlist and all, and brings it to the current version', () => {
    const parsed = parseStoreText(fixture('v4.json'));
    expect(parsed).toMatchObject({ kind: 'ok', migratedFrom: 4 });
    if (parsed.kind === 'ok')
      expect(parsed.data.shortlist.map((e) => e.status)).toEqual(['contacted', 'declined']);
  });
});
