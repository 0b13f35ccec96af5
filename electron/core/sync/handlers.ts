import type { SyncService } from './syncService';
import type { HandlerMap } from '../handlerTypes';

export const syncHandlers = (
  sync: SyncService,
): HandlerMap<
  | 'sync:config'
  | 'sync:configure'
  | 'sync:test'
  | 'sync:start'
  | 'sync:stop'
  | 'sync:forgetPassword'
  | 'sync:status'
  | 'sync:conflicts'
  | 'sync:resolve'
> => ({
  'sync:config': () => sync.config(),
  'sync:configure': (setup) => sync.configure(setup),
  'sync:test': ({ password }) => sync.test(password),
  'sync:start': ({ password }) => sync.start(password),
  'sync:stop': () => sync.stop(),
  'sync:forgetPassword': () => sync.forgetPassword(),
  'sync:status': () => sync.status(),
  'sync:conflicts': () => sync.conflicts(),
  'sync:resolve': (choice) => sync.resolve(choice),
});
