import { CURRENT_SCHEMA_VERSION } from '../schema';
import { partnershipsMigration } from './0002-partnerships';
import { agreementsMigration } from './0003-agreements';
import { shortlistMigration } from './0004-shortlist';
import { compactHealthMigration } from './0005-compact-health';
import { attachmentsMigration } from './0006-attachments';
import { recordsMigration } from './0007-records';
import { activitiesMigration } from './0008-activities';

/** What a migration may know beyond the file: facts the opener gathered from the data folder. */
export interface MigrationContext {
  /** Old coat-of-arms file names (images/arms-<uuid>.png) and their attachment names. */
  legacyImages: ReadonlyMap<string, string>;
  /** The opening's clock; a migration that must tell past from future uses it (none: the file's newest stamp). */
  now?: Date;
}
export const NO_CONTEXT: MigrationContext = { legacyImages: new Map() };

/** A pure step from version `to - 1` to `to`, checked against the frozen older schema. */
export interface Migration {
  to: number;
  name: string;
  up(raw: unknown, context?: MigrationContext): unknown;
}

/** Ordered; version 1 is the first schema, so the list starts with the step to 2. */
export const migrations: readonly Migration[] = [
  partnershipsMigration,
  agreementsMigration,
  shortlistMigration,
  compactHealthMigration,
  attachmentsMigration,
  recordsMigration,
  activitiesMigration,
];

export function migrate(
  raw: unknown,
  from: number,
  list: readonly Migration[] = migrations,
  context: MigrationContext = NO_CONTEXT,
): unknown {
  let data = raw;
  for (let version = from + 1; version <= CURRENT_SCHEMA_VERSION; version++) {
    const step = list.find((m) => m.to === version);
    if (!step) throw new Error(`No migration to schema version ${version}`);
    data = step.up(data, context);
  }
  return data;
}
