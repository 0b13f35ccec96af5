import { z } from 'zod';
import {
  Agreement,
  AgreementContent,
  CharterObjective,
  ImageRef,
  VersionStatus,
} from '../../domain/agreement/model';
import { Id } from '../../domain/common';
import { SignedInput } from '../../domain/agreement/signedRecord';
import { Bytes } from '../bytes';

/** The editor's starting point: the saved agreement, if any, and what a new one would hold. */
export const AgreementView = z.object({
  agreement: Agreement.nullable(),
  /** A fresh draft from the partnership as recorded today (towns, resolutions, signings). */
  proposal: AgreementContent,
  /** The partnership's common objectives with their texts per language (the charter follows them). */
  objectives: z.array(CharterObjective),
});
export type AgreementView = z.infer<typeof AgreementView>;

/** What marking a charter signed added to its partnership, for the message that confirms it. */
export const SigningRecordedView = z.object({
  signings: z.int().min(0),
  resolutions: z.int().min(0),
  activeSince: z.string().nullable(),
});

/** At most 45 MB arrives, so a 40 MB photo still reaches the core and gets a clear "too large". */
export const MAX_IMAGE_UPLOAD_BYTES = 45_000_000;

const ofPartnership = { partnershipId: Id };

export const agreementChannels = {
  'agreement:get': { input: z.object(ofPartnership).strict(), output: AgreementView },
  'agreement:save': {
    input: z.object({ ...ofPartnership, content: AgreementContent }).strict(),
    output: Agreement,
  },
  /**
   * Freezes the current draft as sent to the partner or signed (or moves that version from sent
   * to signed). Signed needs the day(s) and place(s) of signing: the kept version prints them, and
   * the partnership records the signings, the councils' resolutions and, from negotiation, Active.
   */
  'agreement:setStatus': {
    input: z.object({ ...ofPartnership, status: VersionStatus, signed: SignedInput.optional() }).strict(),
    output: z.object({ agreement: Agreement, recorded: SigningRecordedView.nullable() }),
  },
  /** A coat of arms: PNG or JPEG (checked by content), at most 5 MB and 4,000 pixels on a side. */
  'agreement:addImage': {
    input: z.object({ bytes: Bytes(MAX_IMAGE_UPLOAD_BYTES) }).strict(),
    output: ImageRef,
  },
  'agreement:image': {
    input: z.object({ file: ImageRef.shape.file }).strict(),
    output: z.object({ bytes: Bytes(MAX_IMAGE_UPLOAD_BYTES), mime: ImageRef.shape.mime }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
