import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SyncConfig } from '../../../shared/domain/sync';
import { writeFileDurable } from '../store/durableFile';

export interface SyncFiles {
  folder: string;
  mirrorFile: string;
  readConfig(): Promise<SyncConfig | null>;
  writeConfig(config: SyncConfig): Promise<void>;
  readState(): Promise<{ lastSyncedAt: string | null; running: boolean }>;
  writeState(state: { lastSyncedAt: string | null; running: boolean }): Promise<void>;
}

/**
 * Sync's files in `<data>/sync/`: the server's address, database and user (`config.json`, never
 * the password), whether she left sync on and when it was last up to date (`state.json`), and
 * the mirror (`mirror.json`, see mirrorFile.ts).
 */
export function syncFiles(dataDir: string): SyncFiles {
  const folder = join(dataDir, 'sync');
  const configFile = join(folder, 'config.json');
  const stateFile = join(folder, 'state.json');
  return {
    folder,
    mirrorFile: join(folder, 'mirror.json'),
    async readConfig() {
      try {
        const parsed = SyncConfig.safeParse(JSON.parse(await readFile(configFile, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async writeConfig(config) {
      await mkdir(folder, { recursive: true });
      await writeFileDurable(configFile, JSON.stringify(config));
    },
    async readState() {
      try {
        const state = JSON.parse(await readFile(stateFile, 'utf8')) as {
          lastSyncedAt?: unknown;
          running?: unknown;
        };
        return {
          lastSyncedAt: typeof state.lastSyncedAt === 'string' ? state.lastSyncedAt : null,
          running: state.running === true,
        };
      } catch {
        return { lastSyncedAt: null, running: false };
      }
    },
    async writeState(state) {
      await mkdir(folder, { recursive: true });
      await writeFileDurable(stateFile, JSON.stringify(state));
    },
  };
}
