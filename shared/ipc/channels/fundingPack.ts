import { z } from 'zod';
import { Id } from '../../domain/common';
import { TaskId } from '../../domain/longTask';
import { Bytes } from '../bytes';
import { MAX_DOCUMENT_BYTES } from './documents';

const PackLanguage = z.enum(['en', 'ro', 'fr', 'de']);

/** One awarded application's reporting pack, its documents and file names in `language` (the window's). */
export const ReportingPackRequest = z.object({ applicationId: Id, language: PackLanguage }).strict();
/** The pack's zip, printed as a task the window follows (`taskId`) and may cancel. */
export const ReportingPackZipRequest = ReportingPackRequest.extend({ taskId: TaskId.optional() }).strict();
export type ReportingPackRequest = z.infer<typeof ReportingPackRequest>;

export const ReportingPack = z.object({
  /** The zip's bytes: one folder holding the final report, the signed lists and the publication text. */
  bytes: Bytes(MAX_DOCUMENT_BYTES),
  fileName: z.string().min(1),
  mime: z.literal('application/zip'),
  /** The PDFs in the folder, in order, for the window to list what was saved. */
  entries: z.array(z.string()),
});
export type ReportingPack = z.infer<typeof ReportingPack>;

export const fundingPackChannels = {
  'funding:reportingPack': { input: ReportingPackZipRequest, output: ReportingPack },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
