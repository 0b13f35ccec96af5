import type { DocumentPipeline } from '../documents/pipeline';
import type { HandlerMap } from './types';

export const documentHandlers = (documents: DocumentPipeline): HandlerMap<'document:render'> => ({
  'document:render': (request) => documents.render(request),
});
