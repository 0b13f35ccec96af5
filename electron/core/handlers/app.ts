import type { AppService } from '../services/app';
import type { HandlerMap } from './types';

export const appHandlers = (
  app: AppService,
): HandlerMap<'app:status' | 'store:startEmpty' | 'store:takeOverLock'> => ({
  'app:status': () => app.status(),
  'store:startEmpty': () => app.startEmpty(),
  'store:takeOverLock': () => app.takeOverLock(),
});
