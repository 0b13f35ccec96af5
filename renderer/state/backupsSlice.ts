import type { StateCreator } from 'zustand';
import type { BackupInfo, BackupPreview } from '../../shared/domain/backups';
import type { HandoverArchive, HandoverImportResult, HandoverInspection } from '../../shared/domain/handover';
import { call } from '../api/client';
import type { AppState } from './store';

export interface BackupsSlice {
  backups: BackupInfo[];
  loadBackups(): Promise<void>;
  createBackup(): Promise<void>;
  previewBackup(id: string): Promise<BackupPreview>;
  /** The newest backup that holds this link, or null: what a delete dialog may promise. */
  backupHoldingLink(id: string): Promise<BackupInfo | null>;
  /** Restores and reloads the status; the caller reloads the page so every screen sees the restored data. */
  restoreBackup(id: string): Promise<void>;
  restoreNewestGoodBackup(): Promise<void>;
  /** `taskId`: the progress events and the cancel of this export go by it. */
  exportHandover(includeBackups: boolean, taskId?: string): Promise<HandoverArchive>;
  /** Checks a hand-over file and says whose records it holds; nothing is written. */
  inspectHandover(bytes: Uint8Array, taskId?: string): Promise<HandoverInspection>;
  importHandover(bytes: Uint8Array, taskId?: string): Promise<HandoverImportResult>;
}

export const createBackupsSlice: StateCreator<AppState, [], [], BackupsSlice> = (set, get) => ({
  backups: [],
  loadBackups: async () => set({ backups: await call('backup:list', {}) }),
  createBackup: async () => {
    await call('backup:create', {});
    await get().loadBackups();
  },
  previewBackup: (id) => call('backup:preview', { id }),
  backupHoldingLink: (id) => call('backup:holding', { collection: 'partnerships', id }),
  restoreBackup: async (id) => set({ status: await call('backup:restore', { id }) }),
  restoreNewestGoodBackup: async () => set({ status: await call('backup:restoreNewestGood', {}) }),
  exportHandover: (includeBackups, taskId) =>
    call('handover:export', taskId ? { includeBackups, taskId } : { includeBackups }),
  inspectHandover: (bytes, taskId) => call('handover:inspect', taskId ? { bytes, taskId } : { bytes }),
  importHandover: async (bytes, taskId) => {
    const result = await call('handover:import', taskId ? { bytes, taskId } : { bytes });
    await get().loadStatus();
    return result;
  },
});
