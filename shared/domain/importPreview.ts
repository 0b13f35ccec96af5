import { z } from 'zod';
import { Bytes } from '../ipc/bytes';
import { CountryCode, PartialDate } from './common';
import { TaskId } from './longTask';
import { IMPORT_FIELDS } from './csv/importHeaders';
import { PartnerPlace, PartnershipKind, PartnershipStatus } from './partnership';
import { Place } from './place';

/** Above these the file is refused whole, with a message, before any row is read. */
export const IMPORT_MAX_CHARS = 2_000_000;
export const IMPORT_MAX_ROWS = 5000;
/** What the input schema lets through, so an oversized paste reaches the core and gets its message. */
export const IMPORT_TRANSPORT_MAX_CHARS = 40_000_000;

export const FileProblemCode = z.enum([
  'tooLarge',
  'tooManyRows',
  'empty',
  'notText',
  'missingColumns',
  'unterminatedQuote',
  'severalHomeTowns',
]);
export const FileProblem = z.object({
  code: FileProblemCode,
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});
export type FileProblem = z.infer<typeof FileProblem>;

export const RowIssueCode = z.enum([
  'missingPartner',
  'missingCountry',
  'unknownCountry',
  'badYear',
  'unknownKind',
  'unknownStatus',
  'otherHomeTown',
  'duplicateRow',
  'alreadyExists',
  'notInGazetteer',
  'outsideGazetteer',
  'severalMatches',
  'nearMatch',
]);
export type RowIssueCode = z.infer<typeof RowIssueCode>;
export const RowIssue = z.object({
  code: RowIssueCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RowIssue = z.infer<typeof RowIssue>;

export const RowStatus = z.enum(['ok', 'ambiguous', 'error']);
export type RowStatus = z.infer<typeof RowStatus>;

export const PreviewRow = z.object({
  line: z.int().min(1),
  /** Each known column's cell, as the file holds it ('' where the file has no such column). */
  values: z.record(z.enum(IMPORT_FIELDS), z.string()),
  status: RowStatus,
  /** True when some of its cells were typed in the preview instead of read from the file. */
  edited: z.boolean().optional(),
  issues: z.array(RowIssue),
  country: CountryCode.nullable(),
  kind: PartnershipKind.nullable(),
  /** The status the file gives; null when it gives none (the link is then recorded as active). */
  linkStatus: PartnershipStatus.nullable(),
  /** The signing date as precise as the file: a day, or a year alone. */
  signedOn: PartialDate.nullable(),
  /** The gazetteer place when the match is certain. */
  match: Place.nullable(),
  /** Places to choose from when it is not. */
  options: z.array(Place),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportPreview = z.object({
  delimiter: z.enum([',', ';', '\t']).nullable(),
  /** The header text found for each field, null when the file has no such column. */
  columns: z.record(z.string(), z.string().nullable()),
  /** Headers of the columns the import has no field for: the preview says they are left out. */
  ignoredColumns: z.array(z.string()),
  /** The home towns the file names, with their row counts; `own` marks the committee's. */
  homeTowns: z.array(z.object({ name: z.string(), rows: z.int().min(0), own: z.boolean() })),
  problems: z.array(FileProblem),
  rows: z.array(PreviewRow),
  counts: z.object({ ok: z.int(), ambiguous: z.int(), error: z.int() }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/**
 * A refused row put right in the preview: the cells typed there replace the file's for that
 * line (the file itself is never changed); the same edits go with the commit.
 */
export const RowEdit = z
  .object({ line: z.int().min(1), values: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(1000)) })
  .strict();
export type RowEdit = z.infer<typeof RowEdit>;
const edits = z.array(RowEdit).max(IMPORT_MAX_ROWS).optional();

/**
 * `home`: when the committee has not set its town yet and the file holds links of several
 * home towns, the one the secretary says is theirs (as the file writes it).
 */
export const ImportPreviewInput = z
  .object({
    text: z.string().max(IMPORT_TRANSPORT_MAX_CHARS),
    home: z.string().max(200).optional(),
    edits,
    /** The window follows the reading of the rows under it, and may cancel. */
    taskId: TaskId.optional(),
  })
  .strict();
export type ImportPreviewInput = z.infer<typeof ImportPreviewInput>;

/** The user's answer for an ambiguous row: a place (chosen or typed by hand), or null to leave it out. */
export const ImportChoice = z.object({ line: z.int().min(1), place: PartnerPlace.nullable() }).strict();
export type ImportChoice = z.infer<typeof ImportChoice>;

export const ImportCommitInput = z
  .object({
    text: z.string().max(IMPORT_TRANSPORT_MAX_CHARS),
    home: z.string().max(200).optional(),
    choices: z.array(ImportChoice).max(IMPORT_MAX_ROWS),
    edits,
    taskId: TaskId.optional(),
  })
  .strict();
export type ImportCommitInput = z.infer<typeof ImportCommitInput>;

export const ImportResult = z.object({
  imported: z.int().min(0),
  skipped: z.int().min(0),
  /** The snapshot taken before the import, to undo it from Settings → Backups. */
  backupId: z.string().nullable(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ExportFile = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() });
export type ExportFile = z.infer<typeof ExportFile>;
/** A spreadsheet's bytes, as they are over IPC and in browser mode's binary frame. */
export const BinaryExportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  bytes: Bytes(Number.MAX_SAFE_INTEGER),
});
export type BinaryExportFile = z.infer<typeof BinaryExportFile>;

/** The UI language, which names an export's columns and values and picks its list separator. */
export const ExportInput = z.object({ language: z.enum(['en', 'ro', 'fr', 'de']) }).strict();
