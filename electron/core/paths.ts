import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Twinning Desk';

/** A variable set to the empty string counts as unset, as it does for Chromium's XDG lookup. */
const nonEmpty = (value: string | undefined): string | undefined => (value ? value : undefined);

/**
 * The folder Electron's app.getPath('userData') gives for this app, computed without
 * Electron so browser mode and the CLI use the same data as the desktop app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(nonEmpty(env.APPDATA) ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(nonEmpty(env.XDG_CONFIG_HOME) ?? join(home, '.config'), APP_NAME);
}

/**
 * --data-dir wins, then TWINNING_DESK_DATA_DIR, then the OS user-data folder (the desktop
 * app passes Electron's own; elsewhere it is computed).
 */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  userDataDir: () => string = () => defaultUserDataDir(process.platform, env),
): string {
  return nonEmpty(flag) ?? nonEmpty(env.TWINNING_DESK_DATA_DIR) ?? userDataDir();
}

/**
 * Creates the data folder (0700) and its parents. Node's recursive mkdir reports ENOENT for any
 * failure on the way (a full disk among them); asking once more for the folder alone gives the
 * system's real reason, which decides the message the secretary sees.
 */
export async function makeDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dataDir, { mode: 0o700 }).catch((real: unknown) => {
      throw (real as NodeJS.ErrnoException).code === 'ENOENT' ? error : real;
    });
  }
}
