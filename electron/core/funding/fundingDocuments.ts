import type { ChecklistItem } from '../../../shared/domain/funding/application';
import {
  detectDocumentType,
  documentMediaType,
  MAX_DOCUMENT_BYTES,
} from '../../../shared/domain/files/documentTypes';
import { AppFailure } from '../../../shared/ipc/errors';
import type { AttachmentStore } from '../attachments/attachmentStore';
import type { Tx } from '../store/transaction';
import type { ServiceContext } from '../context';
import type { FundingApplications } from './fundingApplications';
import type { FundingProgrammes } from './fundingProgrammes';
import { invalid } from '../money/moneyCommon';

const noApplication = (id: string) => new AppFailure('NOT_FOUND', `No application with id ${id}`);

/**
 * The files kept with an application's required documents: one per checklist item, in the
 * attachment store (content-addressed, carried by the hand-over, kept by the sweep while the
 * store names it). A file of a kind that is refused gets a message at the file field.
 */
export function fundingDocuments(
  ctx: ServiceContext,
  attachments: AttachmentStore,
  programmes: FundingProgrammes,
  applications: FundingApplications,
) {
  /** Replaces one item of the checklist (made if the programme lists the document), in one commit. */
  async function setItem(
    input: { id: string; rev?: number | undefined; documentId: string },
    change: (item: ChecklistItem) => ChecklistItem,
  ) {
    await ctx.store().transaction((tx: Tx) => {
      const a = tx.get('applications', input.id);
      if (!a) throw noApplication(input.id);
      const listed = programmes
        .resolve(a.programme)
        .programme.documents.some((d) => d.id === input.documentId);
      const current = a.checklist.find((c) => c.documentId === input.documentId);
      if (!listed && !current)
        throw invalid(`The programme asks for no document ${input.documentId}`, {
          path: ['documentId'],
          code: 'unknown_document',
        });
      const item = change(
        current ?? { documentId: input.documentId, done: false, attachment: null, fileName: '' },
      );
      const checklist = current
        ? a.checklist.map((c) => (c.documentId === input.documentId ? item : c))
        : [...a.checklist, item];
      return tx.put('applications', { ...a, checklist }, input.rev);
    });
    return applications.get(input.id);
  }

  return {
    async attach(input: {
      id: string;
      rev?: number | undefined;
      documentId: string;
      bytes: Uint8Array;
      fileName: string;
    }) {
      if (input.bytes.byteLength > MAX_DOCUMENT_BYTES)
        throw new AppFailure('TOO_LARGE', `The document has ${input.bytes.byteLength} bytes`, [
          {
            path: ['file'],
            code: 'document_too_large',
            message: `At most ${MAX_DOCUMENT_BYTES} bytes`,
            params: { limit: MAX_DOCUMENT_BYTES },
          },
        ]);
      const ext = detectDocumentType(input.bytes, input.fileName);
      if (!ext)
        throw invalid('A document must be a PDF, an image or an office document', {
          path: ['file'],
          code: 'document_type_refused',
        });
      const name = await attachments.add(input.bytes, ext);
      const fileName = (input.fileName.split(/[\\/]/).pop()?.trim() || `${input.documentId}.${ext}`).slice(
        0,
        255,
      );
      return setItem(input, (item) => ({ ...item, attachment: name, fileName }));
    },

    /** The file leaves the checklist; its bytes stay until no record and no backup names them. */
    detach: (input: { id: string; rev?: number | undefined; documentId: string }) =>
      setItem(input, (item) => ({ ...item, attachment: null, fileName: '' })),

    async read(input: { id: string; documentId: string }) {
      const a = ctx.store().data.applications.find((x) => x.id === input.id);
      if (!a) throw noApplication(input.id);
      const item = a.checklist.find((c) => c.documentId === input.documentId);
      const bytes = item?.attachment ? await attachments.read(item.attachment) : null;
      if (!item?.attachment || !bytes)
        throw new AppFailure('NOT_FOUND', `No file kept for ${input.documentId}`);
      return { bytes, mediaType: documentMediaType(item.attachment), fileName: item.fileName };
    },
  };
}
export type FundingDocuments = ReturnType<typeof fundingDocuments>;
