import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// electron-builder cannot package here (no Electron binary), so its configuration is checked
// with electron-builder's own loader and schema, and the fuse hook against a stand-in binary.
type ConfigModule = typeof import('app-builder-lib/out/util/config/config');
type Configuration = import('app-builder-lib').Configuration;
type FusesModule = typeof import('@electron/fuses');
interface AfterPackModule {
  (context: unknown): Promise<void>;
}

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..', '..');
const { getConfig, validateConfiguration } =
  require('app-builder-lib/out/util/config/config') as ConfigModule;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => never };
const { getCurrentFuseWire } = require('@electron/fuses') as FusesModule;
const afterPack = require(join(root, 'scripts', 'afterPack.cjs')) as AfterPackModule;
// The fuse wire's marker and byte values, as @electron/fuses and Electron define them.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const on = '1'.charCodeAt(0);
const off = '0'.charCodeAt(0);

let scratch: string | null = null;
afterEach(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = null;
});

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, null, null);
}

describe('packaging configuration', () => {
  it('passes electron-builder validation, with the app id and one target per platform', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('eu.twinningdesk.app');
    expect(config.productName).toBe('Twinning Desk');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
    expect(config.afterPack).toBe('scripts/afterPack.cjs');
  });

  it('is checked strictly: a misspelled option would be refused', async () => {
    const config = { ...(await loadConfig()), afterPak: 'scripts/afterPack.cjs' } as Configuration;
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/afterPak/);
  });

  it('names icons that exist at 512 and 256 pixels', async () => {
    const size = async (file: string) => (await readFile(join(root, file))).readUInt32BE(16);
    expect(await size('resources/icons/512x512.png')).toBe(512);
    expect(await size('resources/icons/256x256.png')).toBe(256);
  });
});

describe('the afterPack hook', () => {
  it('burns the security checklist fuses into the packaged Electron binary', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'twinning-fuses-'));
    // A stand-in binary: the fuse wire is the sentinel, a version, a length, one byte per fuse.
    const wireLength = 9;
    const binary = Buffer.concat([
      Buffer.from('ELF…'),
      Buffer.from(SENTINEL),
      Buffer.from([1, wireLength]),
      Buffer.alloc(wireLength, on),
      Buffer.from('…rest of the binary'),
    ]);
    await writeFile(join(scratch, 'twinning-desk'), binary);

    await afterPack({
      electronPlatformName: 'linux',
      arch: 1,
      appOutDir: scratch,
      packager: { appInfo: { productFilename: 'Twinning Desk' }, executableName: 'twinning-desk' },
    });

    const wire: Record<number, unknown> = await getCurrentFuseWire(join(scratch, 'twinning-desk'));
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => wire[i])).toEqual([
      off,
      on,
      off,
      off,
      on,
      on,
      off,
      off,
      on,
    ]);
  });
});
