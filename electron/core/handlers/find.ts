import type { FindService } from '../services/findAnything';
import type { HandlerMap } from './types';

export const findHandlers = (find: FindService): HandlerMap<'find:anything'> => ({
  'find:anything': ({ text }) => find.find(text),
});
