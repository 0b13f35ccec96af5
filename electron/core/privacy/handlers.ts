import type { PrivacyService } from './privacy';
import type { HandlerMap } from '../handlerTypes';

export const privacyHandlers = (
  privacy: PrivacyService,
): HandlerMap<
  'person:find' | 'person:export' | 'person:erase' | 'privacy:pendingErasure' | 'privacy:finishErasure'
> => ({
  'person:find': ({ text }) => privacy.find(text),
  'person:export': ({ refs }) => privacy.export(refs),
  'person:erase': ({ refs }) => privacy.erase(refs),
  'privacy:pendingErasure': () => privacy.pending(),
  'privacy:finishErasure': () => privacy.finishPending(),
});
