import type { StateCreator } from 'zustand';
import type { AppStatus } from '../../shared/domain/appStatus';
import { call } from '../api/client';
import type { AppState } from './store';

export interface StatusSlice {
  status: AppStatus | null;
  loadStatus(): Promise<AppStatus>;
  startEmpty(): Promise<void>;
  /** Takes over a data-folder lock left by a crash or another computer, after she agreed. */
  takeOverLock(): Promise<void>;
  /** Opens the sample committee in a folder of its own; every slice reloads from it. */
  exploreSample(): Promise<void>;
  /** Back to the secretary's own records. */
  leaveSample(): Promise<void>;
}

export const createStatusSlice: StateCreator<AppState, [], [], StatusSlice> = (set) => ({
  status: null,
  loadStatus: async () => {
    const status = await call('app:status', {});
    set({ status });
    return status;
  },
  startEmpty: async () => set({ status: await call('store:startEmpty', {}) }),
  takeOverLock: async () => set({ status: await call('store:takeOverLock', {}) }),
  exploreSample: async () => set({ status: await call('sample:explore', {}) }),
  leaveSample: async () => set({ status: await call('sample:leave', {}) }),
});
