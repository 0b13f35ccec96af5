import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECRETS_FILE, safeStorageSecrets } from '../../../electron/window/secretStore';
import { fakeSafeStorage } from '../../helpers/fakeSafeStorage';

const PASSWORD = 'c0rrect-h0rse-b4ttery';
const quiet = { error: () => undefined };

describe('the desktop shell keeps the sync password with the OS', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'twinning-secrets-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps it encrypted in secrets.bin, owner-only, and reads it back', async () => {
    const secrets = safeStorageSecrets(fakeSafeStorage(), dir, quiet);
    expect(await secrets.state()).toEqual({ available: true });
    await secrets.write('sync:a', PASSWORD);
    const bytes = await readFile(join(dir, SECRETS_FILE));
    expect(bytes.includes(Buffer.from(PASSWORD))).toBe(false);
    expect((await stat(join(dir, SECRETS_FILE))).mode & 0o777).toBe(0o600);
    expect(await secrets.read('sync:a')).toBe(PASSWORD);
    // A second instance (the app started again) reads the same file.
    expect(await safeStorageSecrets(fakeSafeStorage(), dir, quiet).read('sync:a')).toBe(PASSWORD);
    expect(await secrets.read('sync:other')).toBeNull();
  });

  it('keeps several secrets side by side and removes the file with the last one', async () => {
    const secrets = safeStorageSecrets(fakeSafeStorage(), dir, quiet);
    await Promise.all([secrets.write('a', '1'), secrets.write('b', '2')]);
    expect([await secrets.read('a'), await secrets.read('b')]).toEqual(['1', '2']);
    await secrets.remove('a');
    expect(await secrets.read('a')).toBeNull();
    expect(await secrets.read('b')).toBe('2');
    await secrets.remove('b');
    await expect(stat(join(dir, SECRETS_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses to store anything when the OS cannot encrypt, and says why', async () => {
    const safe = fakeSafeStorage({ available: false });
    const secrets = safeStorageSecrets(safe, dir, quiet);
    expect(await secrets.state()).toEqual({ available: false, reason: 'encryption_unavailable' });
    await expect(secrets.write('sync:a', PASSWORD)).rejects.toThrow(/encryption_unavailable/);
    expect(safe.calls).toEqual([]);
    await expect(stat(join(dir, SECRETS_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.runIf(process.platform === 'linux')(
    "refuses Linux's basic_text store, whose key is public",
    async () => {
      const secrets = safeStorageSecrets(fakeSafeStorage({ backend: 'basic_text' }), dir, quiet);
      expect(await secrets.state()).toEqual({ available: false, reason: 'weak_backend' });
      await expect(secrets.write('sync:a', PASSWORD)).rejects.toThrow(/weak_backend/);
    },
  );

  it('asks again, rather than failing, for a file sealed on another account', async () => {
    await safeStorageSecrets(fakeSafeStorage({ key: 0x11 }), dir, quiet).write('sync:a', PASSWORD);
    const errors: string[] = [];
    const other = safeStorageSecrets(fakeSafeStorage({ key: 0x22 }), dir, { error: (m) => errors.push(m) });
    expect(await other.read('sync:a')).toBeNull();
    expect(errors).toHaveLength(1);
  });

  it('ignores a file that is not one of its own', async () => {
    await writeFile(join(dir, SECRETS_FILE), 'not sealed');
    expect(await safeStorageSecrets(fakeSafeStorage(), dir, quiet).read('sync:a')).toBeNull();
  });
});
