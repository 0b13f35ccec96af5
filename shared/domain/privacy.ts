import { z } from 'zod';
import { Id } from './common';

/** Where a person's record lives, e.g. "committee.members" or "partnerships.contacts". */
export const PersonRef = z.object({ collection: z.string().min(1).max(60), id: Id }).strict();
export type PersonRef = z.infer<typeof PersonRef>;

export const PersonMatch = z.object({
  collection: z.string(),
  id: Id,
  name: z.string(),
  email: z.string(),
  /** Where the record sits, for people to tell namesakes apart (a partner town, a role). */
  context: z.string(),
});
export type PersonMatch = z.infer<typeof PersonMatch>;

export const PersonQuery = z.object({ text: z.string().trim().min(2).max(200) }).strict();
export const PersonRefs = z.object({ refs: z.array(PersonRef).min(1).max(50) }).strict();

export const PersonExport = z.object({
  exportedAt: z.string(),
  records: z.array(z.object({ collection: z.string(), record: z.unknown() })),
});
export type PersonExport = z.infer<typeof PersonExport>;

export const ErasureReport = z.object({
  erasedRecords: z.int().min(0),
  backupsRewritten: z.int().min(0),
  /** Backups and kept damaged files that could not be read but held the person's id or e-mail: deleted. */
  filesDeleted: z.int().min(0),
  /**
   * Files that could not be read and mention one of the names but neither id nor e-mail: a name
   * alone may be someone else's, or part of another word, so they are kept for the secretary to look at.
   */
  keptMentioningName: z.array(z.string()),
});
export type ErasureReport = z.infer<typeof ErasureReport>;

/** An erasure that stopped before every copy was done (a full disk, a crash), as the screen shows it. */
export const PendingErasure = z.object({
  /** The names of the people being erased; empty when none was recorded (only an e-mail). */
  names: z.array(z.string()),
  startedAt: z.string(),
  /** Their records still in the store: the erasure stopped before it removed them. */
  recordsLeft: z.int().min(0),
  /** Backups (and damaged copies kept aside) that still hold their id or e-mail. */
  backupsLeft: z.int().min(0),
});
export type PendingErasure = z.infer<typeof PendingErasure>;
