import { z } from 'zod';
import { CountryCode, IsoDate, text } from './common';
import { PartnerPlace, PartnershipKind } from './partnership';
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
  'otherHomeTown',
  'duplicateRow',
  'alreadyExists',
  'notInGazetteer',
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
  values: z.object({
    home: z.string(),
    partner: z.string(),
    country: z.string(),
    year: z.string(),
    kind: z.string(),
  }),
  status: RowStatus,
  issues: z.array(RowIssue),
  country: CountryCode.nullable(),
  kind: PartnershipKind.nullable(),
  /** The signing date: a full date, or 1 January when the file gives only the year. */
  signedOn: IsoDate.nullable(),
  yearOnly: z.boolean(),
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
  problems: z.array(FileProblem),
  rows: z.array(PreviewRow),
  counts: z.object({ ok: z.int(), ambiguous: z.int(), error: z.int() }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportPreviewInput = z.object({ text: z.string().max(IMPORT_TRANSPORT_MAX_CHARS) }).strict();

/** The user's answer for an ambiguous row: a place (chosen or typed by hand), or null to leave it out. */
export const ImportChoice = z.object({ line: z.int().min(1), place: PartnerPlace.nullable() }).strict();
export type ImportChoice = z.infer<typeof ImportChoice>;

export const ImportCommitInput = z
  .object({
    text: z.string().max(IMPORT_TRANSPORT_MAX_CHARS),
    choices: z.array(ImportChoice).max(IMPORT_MAX_ROWS),
    /** Written on signings whose file gave only a year, in the user's language. */
    yearOnlyNote: text(200),
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
