import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachmentsMigration } from '../../../../../electron/core/store/migrations/0006-attachments';
import { StoreV6 } from '../../../../../electron/core/store/migrations/schemaV6';

const v5 = () =>
  JSON.parse(
    readFileSync(new URL('../../../../fixtures/stores-with-images/v5/store.json', import.meta.url), 'utf8'),
  );
const NEW_PNG = `${'a'.repeat(64)}.png`;
const legacyImages = new Map([['arms-2b7c6a1e-58f4-4b7e-9a34-6c1f0e2d9a10.png', NEW_PNG]]);

describe('migration 0006: attachments', () => {
  it('renames each coat of arms in drafts and kept versions to its attachment name', () => {
    const upgraded = attachmentsMigration.up(v5(), { legacyImages }) as StoreV6;
    expect(upgraded.schemaVersion).toBe(6);
    expect(upgraded.agreements[0]?.draft.parties[0]?.coatOfArms?.file).toBe(NEW_PNG);
    expect(upgraded.agreements[0]?.versions[0]?.content.parties[0]?.coatOfArms?.file).toBe(NEW_PNG);
    expect(StoreV6.safeParse(upgraded).success).toBe(true);
  });

  it('changes nothing else: a name without a file keeps its name, the rest is as it was', () => {
    const before = v5();
    const upgraded = attachmentsMigration.up(before, { legacyImages }) as StoreV6;
    expect(upgraded.agreements[0]?.draft.parties[1]?.coatOfArms).toEqual(
      before.agreements[0].draft.parties[1].coatOfArms,
    );
    expect(upgraded.partnerships).toEqual(before.partnerships);
    expect(upgraded.committee).toEqual(before.committee);
    expect(upgraded.shortlist).toEqual(before.shortlist);
  });

  it('refuses a file that is not a version 5 store instead of guessing', () => {
    expect(() => attachmentsMigration.up({ ...v5(), schemaVersion: 4 })).toThrow();
    expect(() => attachmentsMigration.up({ ...v5(), agreements: [{ id: 'x' }] })).toThrow();
  });
});
