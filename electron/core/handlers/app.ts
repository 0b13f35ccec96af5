import type { AppService } from '../services/app';
import type { HandlerMap } from './types';

export const appHandlers = (app: AppService): HandlerMap<'app:status' | 'store:startEmpty'> => ({
  'app:status': () => app.status(),
  'store:startEmpty': () => app.startEmpty(),
});
