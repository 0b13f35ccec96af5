import type { Settings } from '../../../shared/domain/settings';
import type { ServiceContext } from './context';

export function settingsService(ctx: ServiceContext) {
  return {
    get: (): Settings => ctx.store().data.settings,
    async save(settings: Settings): Promise<Settings> {
      await ctx.store().update((db) => ({ ...db, settings }));
      return settings;
    },
  };
}
export type SettingsService = ReturnType<typeof settingsService>;
