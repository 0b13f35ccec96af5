/**
 * The OS's secret store, as the core sees it. The core never touches Electron: the desktop
 * shell implements this with `safeStorage` (electron/window/secretStore.ts) and hands it to
 * the worker over the worker's message port (core/worker/secretsBridge.ts). Browser mode has
 * none, so the core keeps the password in memory for the session only.
 */
export type SecretStoreState =
  | { available: true }
  | {
      available: false;
      /**
       * `encryption_unavailable`: safeStorage.isEncryptionAvailable() is false (no keychain, no
       * keyring yet); `weak_backend`: Linux without a keyring, where safeStorage would "encrypt"
       * with a fixed, public key.
       */
      reason: 'encryption_unavailable' | 'weak_backend';
    };

export interface SecretStore {
  state(): Promise<SecretStoreState>;
  /** The secret kept under this name, or null (none, or it cannot be decrypted on this account). */
  read(name: string): Promise<string | null>;
  /** Refused (throws) while the store is not available: nothing is ever written in clear. */
  write(name: string, value: string): Promise<void>;
  remove(name: string): Promise<void>;
}

export const SECRET_OPS = ['state', 'read', 'write', 'remove'] as const;
export type SecretOp = (typeof SECRET_OPS)[number];
