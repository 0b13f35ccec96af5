import type { StateCreator } from 'zustand';
import type { Settings } from '../../shared/domain/settings';
import { call } from '../api/client';
import type { AppState } from './store';

export interface SettingsSlice {
  settings: Settings | null;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Saves a change to some settings; only those are sent, so the others stay as they are in the store. */
  updateSettings(change: Partial<Settings>): Promise<void>;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: null,
  loadSettings: async () => {
    const settings = await call('settings:get', {});
    set({ settings });
    return settings;
  },
  saveSettings: async (settings) => set({ settings: await call('settings:save', settings) }),
  updateSettings: async (change) => set({ settings: await call('settings:save', change) }),
});
