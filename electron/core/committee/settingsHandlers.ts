import type { SettingsService } from './settings';
import type { HandlerMap } from '../handlerTypes';

export const settingsHandlers = (
  settings: SettingsService,
): HandlerMap<'settings:get' | 'settings:save'> => ({
  'settings:get': () => settings.get(),
  'settings:save': (input) => settings.save(input),
});
