import type { DocumentKind, DocumentRequest, RenderedDocument } from '../../../shared/ipc/channels/documents';

type ParamsOf<K extends DocumentKind> = Extract<DocumentRequest, { kind: K }>['params'];

/** One builder per kind of printed document: its parameters in, the PDF and its file name out. */
export type DocumentBuilders = {
  [K in DocumentKind]: (params: ParamsOf<K>) => Promise<RenderedDocument>;
};

/**
 * The one way a printed document leaves the core. A new kind adds a member to
 * DocumentRequest and a builder to the map given here; nothing else changes.
 */
export function documentPipeline(builders: DocumentBuilders) {
  return {
    render(request: DocumentRequest): Promise<RenderedDocument> {
      const build = builders[request.kind] as (
        params: DocumentRequest['params'],
      ) => Promise<RenderedDocument>;
      return build(request.params);
    },
  };
}
export type DocumentPipeline = ReturnType<typeof documentPipeline>;
