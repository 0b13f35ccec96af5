import {
  buildParticipantPreview,
  type ParticipantPreviewContext,
} from '../../../../shared/domain/activities/import/buildPreview';
import {
  emptyParticipantPreview,
  type ParticipantImportPreview,
} from '../../../../shared/domain/activities/import/preview';
import { resolveAnyCountry } from '../countries';
import { readParticipantSheet } from './readSheet';

/**
 * The whole preview of a picked file, CSV or XLSX, with every ISO country known. Writes
 * nothing; the confirmed import calls it again on the same bytes and writes
 * `participantsToImport(preview)`.
 */
export async function previewParticipantFile(
  bytes: Uint8Array,
  ctx: Omit<ParticipantPreviewContext, 'resolveCountry'>,
): Promise<ParticipantImportPreview> {
  const read = await readParticipantSheet(bytes);
  if (!read.ok) return emptyParticipantPreview([read.problem], read.format);
  return buildParticipantPreview(read.table, { ...ctx, resolveCountry: resolveAnyCountry });
}
