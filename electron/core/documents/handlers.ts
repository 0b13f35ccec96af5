import type { DocumentPipeline } from './pipeline';
import type { HandlerMap } from '../handlerTypes';

export const documentHandlers = (documents: DocumentPipeline): HandlerMap<'document:render'> => ({
  'document:render': (request) => documents.render(request),
});
