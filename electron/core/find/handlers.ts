import type { FindService } from './findAnything';
import type { HandlerMap } from '../handlerTypes';

export const findHandlers = (find: FindService): HandlerMap<'find:anything'> => ({
  'find:anything': ({ text }) => find.find(text),
});
