import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SyncConfig } from '../../../shared/domain/sync';
import { writeFileDurable } from '../store/durableFile';

export interface SyncState {
  lastSyncedAt: string | null;
  running: boolean;
  /** The address that answered since it was set; undefined in a state file older than this field. */
  reachedUrl?: string | null;
}

export interface SyncFiles {
  folder: string;
  mirrorFile: string;
  readConfig(): Promise<SyncConfig | null>;
  writeConfig(config: SyncConfig): Promise<void>;
  readState(): Promise<SyncState>;
  writeState(state: SyncState): Promise<void>;
  /** Whether a mirror was ever saved here (sync was set up, or a file was exchanged). */
  mirrorExists(): Promise<boolean>;
  /** The committee a replication file must come from (null until the first exchange). */
  readCommitteeId(): Promise<string | null>;
  writeCommitteeId(id: string): Promise<void>;
}

/**
 * Sync's files in `<data>/sync/`: the server's address, database and user (`config.json`, never
 * the password); whether she left sync on, when it was last up to date and which address has
 * answered since it was set (`state.json`); the mirror (`mirror.json`, see mirrorFile.ts); and
 * which committee's replication files this laptop takes (`committee.json`: minted by the first
 * laptop that exports one, taken over by each laptop from the first file it imports).
 */
export function syncFiles(dataDir: string): SyncFiles {
  const folder = join(dataDir, 'sync');
  const configFile = join(folder, 'config.json');
  const stateFile = join(folder, 'state.json');
  const committeeFile = join(folder, 'committee.json');
  const mirrorFile = join(folder, 'mirror.json');
  return {
    folder,
    mirrorFile,
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
          reachedUrl?: unknown;
        };
        return {
          lastSyncedAt: typeof state.lastSyncedAt === 'string' ? state.lastSyncedAt : null,
          running: state.running === true,
          ...('reachedUrl' in state
            ? { reachedUrl: typeof state.reachedUrl === 'string' ? state.reachedUrl : null }
            : {}),
        };
      } catch {
        return { lastSyncedAt: null, running: false };
      }
    },
    async writeState(state) {
      await mkdir(folder, { recursive: true });
      await writeFileDurable(stateFile, JSON.stringify(state));
    },
    async mirrorExists() {
      return access(mirrorFile).then(
        () => true,
        () => false,
      );
    },
    async readCommitteeId() {
      try {
        const { committeeId } = JSON.parse(await readFile(committeeFile, 'utf8')) as {
          committeeId?: unknown;
        };
        return typeof committeeId === 'string' && committeeId !== '' ? committeeId : null;
      } catch {
        return null;
      }
    },
    async writeCommitteeId(committeeId) {
      await mkdir(folder, { recursive: true });
      await writeFileDurable(committeeFile, JSON.stringify({ committeeId }));
    },
  };
}
