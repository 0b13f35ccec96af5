import { z } from 'zod';
import { Agreement, AgreementContent, ImageRef, VersionStatus } from '../../domain/agreement/model';
import { Id } from '../../domain/common';

/** The editor's starting point: the saved agreement, if any, and what a new one would hold. */
export const AgreementView = z.object({
  agreement: Agreement.nullable(),
  /** A fresh draft from the partnership as recorded today (towns, resolutions, signings). */
  proposal: AgreementContent,
  /** The partnership's common objectives, for "reset to library text" of the objectives clause. */
  objectives: z.array(z.string()),
});
export type AgreementView = z.infer<typeof AgreementView>;

export const RenderedPdf = z.object({ base64: z.string(), fileName: z.string(), bytes: z.int().min(0) });
export type RenderedPdf = z.infer<typeof RenderedPdf>;

/** Base64 of at most ~45 MB, so a 40 MB photo still reaches the core and gets a clear "too large". */
export const MAX_IMAGE_BASE64 = 60_000_000;

const ofPartnership = { partnershipId: Id };

export const agreementChannels = {
  'agreement:get': { input: z.object(ofPartnership).strict(), output: AgreementView },
  'agreement:save': {
    input: z.object({ ...ofPartnership, content: AgreementContent }).strict(),
    output: Agreement,
  },
  /** Freezes the current draft as sent to the partner or signed (or moves that version from sent to signed). */
  'agreement:setStatus': {
    input: z.object({ ...ofPartnership, status: VersionStatus }).strict(),
    output: Agreement,
  },
  /** The PDF of the draft (no version) or of a kept version, for preview and browser-mode download. */
  'agreement:render': {
    input: z.object({ ...ofPartnership, version: z.int().min(1).optional() }).strict(),
    output: RenderedPdf,
  },
  /** A coat of arms: PNG or JPEG (checked by content), at most 5 MB and 4,000 pixels on a side. */
  'agreement:addImage': {
    input: z.object({ base64: z.string().max(MAX_IMAGE_BASE64) }).strict(),
    output: ImageRef,
  },
  'agreement:image': {
    input: z.object({ file: ImageRef.shape.file }).strict(),
    output: z.object({ base64: z.string(), mime: ImageRef.shape.mime }),
  },
  /**
   * Desktop only, answered by electron/ipc: renders, asks where to save through the OS
   * dialog, writes the file and, when asked, opens it in the default PDF viewer.
   */
  'agreement:saveAs': {
    input: z.object({ ...ofPartnership, version: z.int().min(1).optional(), open: z.boolean() }).strict(),
    output: z.object({ savedTo: z.string().nullable() }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
