import type { Settings } from '../../../shared/domain/settings';
import { SINGLETON_ID } from '../store/records';
import { settingsOf } from '../store/views';
import type { ServiceContext } from '../context';

export function settingsService(ctx: ServiceContext) {
  return {
    get: (): Settings => settingsOf(ctx.store().data),
    /** A patch: only the fields sent change, so two quick changes of different fields both stay. */
    async save(patch: Partial<Settings>): Promise<Settings> {
      await ctx.store().transaction((tx) => tx.patch('settings', SINGLETON_ID.settings, patch));
      return settingsOf(ctx.store().data);
    },
  };
}
export type SettingsService = ReturnType<typeof settingsService>;
