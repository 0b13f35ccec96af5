import type { SyncConfig, SyncPasswordKeeping } from '../../../shared/domain/sync';
import type { SecretStore } from './secrets';

/** One password per server, database and user: another server never gets this one. */
export const passwordName = (config: SyncConfig): string =>
  `sync:${config.url.replace(/\/+$/, '')}|${config.database}|${config.user}`;

export interface PasswordKeeper {
  /** The password for this setup: the one given this session, else the one the OS keeps. */
  get(config: SyncConfig): Promise<string | null>;
  /** Kept for the session, and with the OS's secret store where there is a usable one. */
  set(config: SyncConfig, password: string): Promise<void>;
  forget(config: SyncConfig): Promise<void>;
  describe(config: SyncConfig | null): Promise<SyncPasswordKeeping>;
}

/**
 * The member's password: never in the data folder's records, never in store.json, the
 * journal, the backups, sync/config.json or a hand-over. In the desktop app it is kept
 * encrypted by the OS (safeStorage, in the device-only `secrets.bin`); where the OS cannot
 * encrypt it (browser mode, no keyring) it stays in memory until the app closes.
 */
export function passwordKeeper(
  secrets: SecretStore | null,
  log: { error(message: string, error?: unknown): void },
): PasswordKeeper {
  const session = new Map<string, string>();
  const usable = async () => (secrets ? (await secrets.state()).available : false);
  return {
    async get(config) {
      const name = passwordName(config);
      const given = session.get(name);
      if (given !== undefined) return given;
      if (!secrets || !(await usable())) return null;
      const kept = await secrets.read(name).catch((error: unknown) => {
        log.error('The OS secret store could not be read', error);
        return null;
      });
      if (kept !== null) session.set(name, kept);
      return kept;
    },
    async set(config, password) {
      const name = passwordName(config);
      session.set(name, password);
      if (!secrets || !(await usable())) return;
      await secrets.write(name, password).catch((error: unknown) => {
        log.error('The OS secret store refused the password; it is kept for this session only', error);
      });
    },
    async forget(config) {
      const name = passwordName(config);
      session.delete(name);
      if (secrets) await secrets.remove(name).catch(() => undefined);
    },
    async describe(config) {
      const state = secrets ? await secrets.state() : null;
      const name = config ? passwordName(config) : null;
      const given = name !== null && session.has(name);
      if (!state) return { where: 'session', reason: 'no_secret_store', known: given };
      if (!state.available) return { where: 'session', reason: state.reason, known: given };
      const known = given || (name !== null && (await secrets?.read(name).catch(() => null)) != null);
      return { where: 'os', reason: null, known };
    },
  };
}
