import { z } from 'zod';
import { OptionalEmail, OptionalPhone } from '../../common';
import { foldName } from '../../placeNames';
import { ParticipantDraft } from '../participant';
import { PARTICIPANT_FIELDS, type ParticipantField } from './columns';

/** Above this a file is refused whole, before any row is read. */
export const PARTICIPANT_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const PARTICIPANT_IMPORT_MAX_ROWS = 5000;

export const SheetProblemCode = z.enum([
  'tooLarge',
  'tooManyRows',
  'empty',
  'notText',
  'notUtf8',
  'unreadableWorkbook',
  'unknownFormat',
  'missingColumns',
  'unterminatedQuote',
]);
export const SheetProblem = z.object({
  code: SheetProblemCode,
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});
export type SheetProblem = z.infer<typeof SheetProblem>;

export const ParticipantRowIssueCode = z.enum([
  'missingName',
  'missingCountry',
  'unknownCountry',
  'unknownRole',
  'unknownOrigin',
  'unknownRegistration',
  'badAge',
  'badBirthYear',
  'badDate',
  'departureBeforeArrival',
  'outsideActivity',
  'badEmail',
  'badPhone',
  'badYesNo',
  'tooLong',
  'duplicateRow',
  'alreadyRegistered',
  // Warnings: the row is imported, the secretary should know.
  'countryAssumed',
  'originAssumed',
  'unknownOrganisation',
]);
export type ParticipantRowIssueCode = z.infer<typeof ParticipantRowIssueCode>;

export const WARNING_CODES: ReadonlySet<ParticipantRowIssueCode> = new Set([
  'countryAssumed',
  'originAssumed',
  'unknownOrganisation',
]);

export const ParticipantRowIssue = z.object({
  code: ParticipantRowIssueCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ParticipantRowIssue = z.infer<typeof ParticipantRowIssue>;

export const ParticipantPreviewRow = z.object({
  /** The line of a CSV file or the row of a worksheet, as the secretary sees it there. */
  line: z.int().min(1),
  values: z.record(z.string(), z.string()),
  status: z.enum(['ok', 'warning', 'error']),
  issues: z.array(ParticipantRowIssue),
  /** What would be written, for rows without errors. */
  participant: ParticipantDraft.nullable(),
});
export type ParticipantPreviewRow = z.infer<typeof ParticipantPreviewRow>;

export const ParticipantImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']).nullable(),
  sheet: z.string().nullable(),
  columns: z.record(z.string(), z.string().nullable()),
  problems: z.array(SheetProblem),
  rows: z.array(ParticipantPreviewRow),
  counts: z.object({ ok: z.int(), warning: z.int(), error: z.int() }),
});
export type ParticipantImportPreview = z.infer<typeof ParticipantImportPreview>;

/** A sheet as read from a CSV or XLSX file: text cells, each row with its line. */
export interface SheetTable {
  format: 'csv' | 'xlsx';
  sheet: string | null;
  rows: { line: number; cells: string[] }[];
  unterminatedQuote: boolean;
}

export const emptyParticipantPreview = (
  problems: SheetProblem[],
  format: ParticipantImportPreview['format'] = null,
): ParticipantImportPreview => ({
  format,
  sheet: null,
  columns: Object.fromEntries(PARTICIPANT_FIELDS.map((f) => [f, null])),
  problems,
  rows: [],
  counts: { ok: 0, warning: 0, error: 0 },
});

/** The participants the confirmed import writes: every row without an error, in file order. */
export function participantsToImport(preview: ParticipantImportPreview): ParticipantDraft[] {
  if (preview.problems.some((p) => p.code !== 'unterminatedQuote')) return [];
  return preview.rows.flatMap((r) => (r.status !== 'error' && r.participant ? [r.participant] : []));
}

/** The key two rows share when they are the same person: name, country and birth year. */
export const personKey = (name: string, country: string | null, birthYear: number | null) =>
  `${foldName(name)}|${country ?? ''}|${birthYear ?? ''}`;

export const validEmail = (v: string) => OptionalEmail.safeParse(v).success;
export const validPhone = (v: string) => OptionalPhone.safeParse(v).success;
export type { ParticipantField };
