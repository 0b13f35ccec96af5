import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Twinning Desk';

/**
 * The folder Electron's app.getPath('userData') gives for this app, computed without
 * Electron so browser mode and the CLI use the same data as the desktop app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}

/** --data-dir wins, then TWINNING_DESK_DATA_DIR, then the OS user-data folder. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.TWINNING_DESK_DATA_DIR ?? defaultUserDataDir(process.platform, env);
}
