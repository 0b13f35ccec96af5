import type { SafeStorageLike } from '../../electron/window/secretStore';

/**
 * A stand-in for Electron's safeStorage (Electron cannot be started here): a per-"account"
 * key XORed over the text, so a file written under one key cannot be read under another and
 * never holds the text in clear.
 */
export function fakeSafeStorage(
  options: { available?: boolean; backend?: string; key?: number } = {},
): SafeStorageLike & { calls: string[] } {
  const key = options.key ?? 0x5a;
  const calls: string[] = [];
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ key));
  return {
    calls,
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString(text) {
      calls.push('encrypt');
      if (options.available === false) throw new Error('Encryption is not available');
      return Buffer.concat([Buffer.from([key]), xor(Buffer.from(text, 'utf8'))]);
    },
    decryptString(sealed) {
      calls.push('decrypt');
      if (sealed[0] !== key) throw new Error('Error while decrypting the ciphertext provided');
      return xor(sealed.subarray(1)).toString('utf8');
    },
  };
}
