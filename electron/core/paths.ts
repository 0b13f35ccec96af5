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
