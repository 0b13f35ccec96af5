import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurable } from '../core/store/durableFile';
import type { SecretStore, SecretStoreState } from '../core/sync/secrets';

/** The part of Electron's `safeStorage` used here (tests pass a fake: Electron cannot start there). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, and a fixed key anyone can look up. */
  getSelectedStorageBackend?(): string;
}

/**
 * This laptop's secrets (the sync password), encrypted by the OS, in one device-only file of
 * the data folder. It is not a record: never in store.json, never replicated, never in a
 * backup or a hand-over (those carry named files only, see core/handover/dataFolder.ts), and
 * on another account or machine it cannot be decrypted, so the password is simply asked again.
 */
export const SECRETS_FILE = 'secrets.bin';
const MAGIC = Buffer.from('TDS1');

export function safeStorageSecrets(
  safe: SafeStorageLike,
  dataDir: string,
  log: { error(message: string, error?: unknown): void } = console,
): SecretStore {
  const file = join(dataDir, SECRETS_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };

  const state = (): SecretStoreState => {
    if (!safe.isEncryptionAvailable()) return { available: false, reason: 'encryption_unavailable' };
    if (process.platform === 'linux' && safe.getSelectedStorageBackend?.() === 'basic_text') {
      return { available: false, reason: 'weak_backend' };
    }
    return { available: true };
  };

  const readAll = async (): Promise<Record<string, string>> => {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC) || !state().available) return {};
    try {
      const parsed: unknown = JSON.parse(safe.decryptString(bytes.subarray(MAGIC.length)));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
      return Object.fromEntries(
        Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    } catch (error) {
      // Another OS account or machine (a copied data folder): its key is not ours.
      log.error('secrets.bin cannot be decrypted on this account; the password will be asked again', error);
      return {};
    }
  };

  const writeAll = async (secrets: Record<string, string>) => {
    if (Object.keys(secrets).length === 0) {
      await rm(file, { force: true });
      return;
    }
    const sealed = safe.encryptString(JSON.stringify(secrets));
    await writeFileDurable(file, Buffer.concat([MAGIC, sealed]));
  };

  return {
    state: () => Promise.resolve(state()),
    read: (name) => serial(async () => (await readAll())[name] ?? null),
    write: (name, value) =>
      serial(async () => {
        const now = state();
        if (!now.available) throw new Error(`The OS cannot keep secrets here (${now.reason})`);
        await writeAll({ ...(await readAll()), [name]: value });
      }),
    remove: (name) =>
      serial(async () => {
        const all = await readAll();
        if (!(name in all)) return;
        delete all[name];
        await writeAll(all);
      }),
  };
}
