import type { SettingsService } from '../services/settings';
import type { HandlerMap } from './types';

export const settingsHandlers = (
  settings: SettingsService,
): HandlerMap<'settings:get' | 'settings:save'> => ({
  'settings:get': () => settings.get(),
  'settings:save': (input) => settings.save(input),
});
