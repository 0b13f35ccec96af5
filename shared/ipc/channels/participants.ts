import { z } from 'zod';
import { PARTICIPANT_FIELDS } from '../../domain/activities/import/columns';
import {
  PARTICIPANT_IMPORT_MAX_ROWS,
  ParticipantImportPreview,
} from '../../domain/activities/import/preview';
import { Participant, ParticipantDraft } from '../../domain/activities/participant';
import { CountryCode, Id, IsoDate, Rev, Timestamp } from '../../domain/common';
import { BinaryExportFile } from '../../domain/importPreview';
import { Bytes } from '../bytes';

const Language = z.enum(['en', 'ro', 'fr', 'de']);
const forActivity = z.object({ activityId: Id }).strict();

/**
 * Above the 10 MB the import accepts, so a larger file still reaches the core and gets the
 * preview's own message ("the file holds 12.4 MB, at most 10 MB") instead of a transport error.
 */
export const PARTICIPANT_TRANSPORT_MAX_BYTES = 64 * 1024 * 1024;

export const ParticipantRecord = Participant.extend({ rev: Rev, updatedAt: Timestamp });
export type ParticipantRecord = z.infer<typeof ParticipantRecord>;

const Count = z.int().min(0);
export const ParticipantCountsView = z.object({
  total: Count,
  cancelled: Count,
  byState: z.record(z.string(), Count),
  byCountry: z.array(z.object({ country: z.string().nullable(), count: Count })),
  byInvitedTown: z.array(z.object({ town: z.string(), country: z.string().nullable(), count: Count })),
  invited: Count,
  local: Count,
  youth: z.object({ under18: Count, under30: Count, ageKnown: Count, share: z.number().min(0).max(1) }),
  registered: Count,
  attended: Count,
  /** How many still hold diet, access or emergency data (the Personal data screen offers its deletion). */
  holdingSensitive: Count,
});
export type ParticipantCountsView = z.infer<typeof ParticipantCountsView>;

/** A refused row put right in the preview: the cells typed there replace the file's for that line. */
export const ParticipantRowEdit = z
  .object({
    line: z.int().min(1),
    values: z.partialRecord(z.enum(PARTICIPANT_FIELDS), z.string().max(2000)),
  })
  .strict();
export type ParticipantRowEdit = z.infer<typeof ParticipantRowEdit>;

export const ParticipantImportInput = z
  .object({
    activityId: Id,
    bytes: Bytes(PARTICIPANT_TRANSPORT_MAX_BYTES),
    edits: z.array(ParticipantRowEdit).max(PARTICIPANT_IMPORT_MAX_ROWS).optional(),
    /** Lines the secretary chose to leave out, even though they could be imported. */
    skip: z.array(z.int().min(1)).max(PARTICIPANT_IMPORT_MAX_ROWS).optional(),
  })
  .strict();
export type ParticipantImportInput = z.infer<typeof ParticipantImportInput>;

export const ParticipantImportResult = z.object({
  imported: Count,
  skipped: Count,
  /** The snapshot taken before the import, to undo it from Settings → Backups. */
  backupId: z.string().nullable(),
});
export type ParticipantImportResult = z.infer<typeof ParticipantImportResult>;

export const RegisterExportInput = z
  .object({
    activityId: Id,
    format: z.enum(['csv', 'xlsx']),
    language: Language,
    /** Diet notes are sensitive: in the register only when asked for (the caterer's copy). */
    includeDiet: z.boolean().optional(),
  })
  .strict();

/** An activity whose participants' sensitive data has been kept long enough after it ended. */
export const SensitiveDue = z.object({
  activityId: Id,
  title: z.string(),
  endDate: IsoDate,
  dueSince: IsoDate,
  participants: Count,
});
export type SensitiveDue = z.infer<typeof SensitiveDue>;

const KeepMonths = z.int().min(0).max(120);

/** Which signed list to print: one invited town, the local participants, or all of them. */
export const SignatureListChoice = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('invited'), town: z.string().max(120), country: CountryCode.nullable() })
    .strict(),
  z.object({ kind: z.literal('local') }).strict(),
]);
export type SignatureListChoice = z.infer<typeof SignatureListChoice>;

export const participantChannels = {
  'participants:list': { input: forActivity, output: z.array(ParticipantRecord) },
  'participants:save': {
    input: z.object({ draft: ParticipantDraft, rev: Rev.optional() }).strict(),
    output: ParticipantRecord,
  },
  /** Gives back what was removed, so the window can offer Undo (saved again as a new record). */
  'participants:remove': { input: z.object({ id: Id }).strict(), output: Participant },
  'participants:counts': { input: forActivity, output: ParticipantCountsView },
  'participants:importPreview': { input: ParticipantImportInput, output: ParticipantImportPreview },
  'participants:importCommit': { input: ParticipantImportInput, output: ParticipantImportResult },
  'participants:exportRegister': { input: RegisterExportInput, output: BinaryExportFile },
  'participants:sensitiveDue': {
    input: z.object({ keepMonths: KeepMonths }).strict(),
    output: z.array(SensitiveDue),
  },
  /** Deletes the diet, access and emergency data of an activity that is due; every count stays. */
  'participants:eraseSensitive': {
    input: z.object({ activityId: Id, keepMonths: KeepMonths }).strict(),
    output: z.object({ erased: Count }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
