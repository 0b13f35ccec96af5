import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { partnershipsMigration } from '../../../../../electron/core/store/migrations/0002-partnerships';
import { parseStoreText } from '../../../../../electron/core/store/readStoreFile';
import type { StoreV2 } from '../../../../../electron/core/store/migrations/schemaV2';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../fixtures/stores/${name}`, import.meta.url), 'utf8');

describe('migration 0002: partnerships', () => {
  it('upgrades a version 1 store to version 2 with an empty registry and a 24-month dormancy threshold', () => {
    const upgraded = partnershipsMigration.up(JSON.parse(fixture('v1.json'))) as StoreV2;
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.partnerships).toEqual([]);
    expect(upgraded.settings).toEqual({ locale: 'ro', dormantAfterMonths: 24 });
  });

  it('keeps every committee record and the revision of the version 1 file', () => {
    const v1 = JSON.parse(fixture('v1.json'));
    const upgraded = partnershipsMigration.up(v1) as StoreV2;
    expect(upgraded.committee).toEqual(v1.committee);
    expect(upgraded.revision).toBe(v1.revision);
  });

  it('refuses input that is not a valid version 1 store instead of guessing', () => {
    expect(() => partnershipsMigration.up({ schemaVersion: 1, revision: 0 })).toThrow();
  });

  it('opens a version 1 file as the current schema and says it was migrated', () => {
    const parsed = parseStoreText(fixture('v1.json'));
    expect(parsed).toMatchObject({ kind: 'ok', migratedFrom: 1 });
  });

  it('reads the version 2 fixture, partnership and all, and brings it to the current version', () => {
    const parsed = parseStoreText(fixture('v2.json'));
    expect(parsed).toMatchObject({ kind: 'ok', migratedFrom: 2 });
    if (parsed.kind === 'ok') expect(parsed.data.partnerships[0]?.partners[0]?.place.name).toBe('Landshut');
  });
});
