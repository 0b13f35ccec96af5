import type { StateCreator } from 'zustand';
import type { BackupInfo, BackupPreview } from '../../shared/domain/backups';
import type { HandoverArchive, HandoverImportResult } from '../../shared/domain/handover';
import { call } from '../api/client';
import type { AppState } from './store';

export interface BackupsSlice {
  backups: BackupInfo[];
  loadBackups(): Promise<void>;
  createBackup(): Promise<void>;
  previewBackup(id: string): Promise<BackupPreview>;
  /** Restores and reloads the status; the caller reloads the page so every screen sees the restored data. */
  restoreBackup(id: string): Promise<void>;
  restoreNewestGoodBackup(): Promise<void>;
  exportHandover(includeBackups: boolean): Promise<HandoverArchive>;
  importHandover(bytes: Uint8Array): Promise<HandoverImportResult>;
}

export const createBackupsSlice: StateCreator<AppState, [], [], BackupsSlice> = (set, get) => ({
  backups: [],
  loadBackups: async () => set({ backups: await call('backup:list', {}) }),
  createBackup: async () => {
    await call('backup:create', {});
    await get().loadBackups();
  },
  previewBackup: (id) => call('backup:preview', { id }),
  restoreBackup: async (id) => set({ status: await call('backup:restore', { id }) }),
  restoreNewestGoodBackup: async () => set({ status: await call('backup:restoreNewestGood', {}) }),
  exportHandover: (includeBackups) => call('handover:export', { includeBackups }),
  importHandover: async (bytes) => {
    const result = await call('handover:import', { bytes });
    await get().loadStatus();
    return result;
  },
});
