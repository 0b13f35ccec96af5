import type { Migration } from './index';

/**
 * Version 6 belongs to the attachment store (migration 0006-attachments, written on another
 * branch): it renames image references and keeps the shape of version 5. Until that branch
 * lands, this step carries a version-5 file to version 6 unchanged, so the step to 7 can be
 * written and tested against the frozen version-6 schema. The two are merged by keeping
 * 0006-attachments and deleting this file.
 */
export const versionSixMigration: Migration = {
  to: 6,
  name: 'version-bump',
  up(raw) {
    return { ...(raw as Record<string, unknown>), schemaVersion: 6 };
  },
};
