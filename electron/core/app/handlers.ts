import { AppFailure } from '../../../shared/ipc/errors';
import type { SampleHooks } from '../sample/withSample';
import type { AppService } from './app';
import type { HandlerMap } from '../handlerTypes';

export const appHandlers = (
  app: AppService,
  sample: SampleHooks | undefined,
): HandlerMap<
  'app:status' | 'store:startEmpty' | 'store:takeOverLock' | 'sample:explore' | 'sample:leave'
> => {
  // A backend opened on its own (the demo, a test) has no session to switch.
  const session = () => {
    if (!sample) throw new AppFailure('FORBIDDEN', 'The sample committee opens only in the app');
    return sample;
  };
  return {
    'app:status': () => app.status(),
    'store:startEmpty': () => app.startEmpty(),
    'store:takeOverLock': () => app.takeOverLock(),
    'sample:explore': () => session().explore(),
    'sample:leave': () => session().leave(),
  };
};
