import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementsMigration } from '../../../../../electron/core/store/migrations/0003-agreements';
import { migrate } from '../../../../../electron/core/store/migrations';
import { parseStorage } from '../../../../../electron/core/store/schema';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'fixtures', 'stores', name), 'utf8'),
  );

describe('migration 0003: agreements', () => {
  it('adds an empty list of agreements and keeps everything else', () => {
    const v2 = fixture('v2.json') as Record<string, unknown>;
    const up = agreementsMigration.up(v2) as Record<string, unknown>;
    expect(up.schemaVersion).toBe(3);
    expect(up.agreements).toEqual([]);
    expect(up.partnerships).toEqual(v2.partnerships);
    expect(up.committee).toEqual(v2.committee);
  });

  it('refuses a file that is not a version 2 store instead of guessing', () => {
    expect(() => agreementsMigration.up({ schemaVersion: 2, revision: 0 })).toThrow();
    expect(() => agreementsMigration.up(fixture('v1.json'))).toThrow();
  });

  it('has a version 3 fixture holding a signed charter that the current schema reads once upgraded', () => {
    const parsed = parseStorage(migrate(fixture('v3.json'), 3));
    if (!parsed.ok) throw new Error(parsed.where);
    const v3 = parsed.data;
    expect(v3.agreements[0]?.versions[0]?.status).toBe('signed');
    expect(v3.agreements[0]?.draft.languages).toEqual(['ro', 'de']);
  });
});
