import type { PrivacyService } from '../services/privacy';
import type { HandlerMap } from './types';

export const privacyHandlers = (
  privacy: PrivacyService,
): HandlerMap<'person:find' | 'person:export' | 'person:erase'> => ({
  'person:find': ({ text }) => privacy.find(text),
  'person:export': ({ refs }) => privacy.export(refs),
  'person:erase': ({ refs }) => privacy.erase(refs),
});
