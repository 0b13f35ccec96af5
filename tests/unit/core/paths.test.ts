import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME, defaultUserDataDir, resolveDataDir } from '../../../electron/core/paths';

const root = join(import.meta.dirname, '..', '..', '..');

describe('defaultUserDataDir', () => {
  it('uses the name Electron gives the app, which is productName from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName: string };
    expect(APP_NAME).toBe(pkg.productName);
    expect(APP_NAME).toBe('Twinning Desk');
  });

  it('is ~/.config/Twinning Desk on Linux', () => {
    expect(defaultUserDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Twinning Desk');
  });

  it('follows XDG_CONFIG_HOME on Linux, as Electron does', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/ana')).toBe(
      '/data/cfg/Twinning Desk',
    );
  });

  it('ignores an empty XDG_CONFIG_HOME instead of using a relative folder', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/ana')).toBe(
      '/home/ana/.config/Twinning Desk',
    );
  });

  it('is ~/Library/Application Support/Twinning Desk on macOS', () => {
    expect(defaultUserDataDir('darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Twinning Desk',
    );
  });

  it('is %APPDATA%\\Twinning Desk on Windows', () => {
    const dir = defaultUserDataDir(
      'win32',
      { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
      'C:\\Users\\ana',
    );
    expect(dir.replaceAll('\\', '/')).toBe('C:/Users/ana/AppData/Roaming/Twinning Desk');
  });

  it('falls back to the roaming AppData folder when APPDATA is missing on Windows', () => {
    const dir = defaultUserDataDir('win32', {}, 'C:\\Users\\ana');
    expect(dir.replaceAll('\\', '/')).toBe('C:/Users/ana/AppData/Roaming/Twinning Desk');
  });
});

describe('resolveDataDir', () => {
  const env = { TWINNING_DESK_DATA_DIR: '/media/usb/twinning', XDG_CONFIG_HOME: '/cfg' };
  const userData = () => '/electron/userData';

  it('prefers --data-dir over the environment variable', () => {
    expect(resolveDataDir('/from/flag', env, userData)).toBe('/from/flag');
  });

  it('uses TWINNING_DESK_DATA_DIR when there is no flag', () => {
    expect(resolveDataDir(undefined, env, userData)).toBe('/media/usb/twinning');
  });

  it('falls back to the user-data folder when neither is given', () => {
    expect(resolveDataDir(undefined, {}, userData)).toBe('/electron/userData');
  });

  it.runIf(process.platform === 'linux')(
    'computes the Linux user-data folder from the environment it is given',
    () => {
      expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/Twinning Desk');
    },
  );

  it('treats an empty flag or variable as not given', () => {
    expect(resolveDataDir('', { TWINNING_DESK_DATA_DIR: '' }, userData)).toBe('/electron/userData');
    expect(resolveDataDir('', env, userData)).toBe('/media/usb/twinning');
  });
});
