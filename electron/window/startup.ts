import { dialog } from 'electron';
import type { AppStatus } from '../../shared/domain/appStatus';
import type { UiLocale } from '../../shared/domain/settings';
import { shellText } from '../../shared/i18n/shell';
import type { Backend } from '../core/backend';

/** The message for a start-up that failed before any window could show one. */
export function describeStartupFailure(error: unknown, dataDir: string, locale: UiLocale): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return shellText(locale, 'diskFull', { dir: dataDir });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'ENOENT') {
    return shellText(locale, 'cannotWrite', { dir: dataDir });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return shellText(locale, 'unexpected', { dir: dataDir, detail: detail.slice(0, 300) });
}

/** Shows why the app cannot start; the caller then quits. */
export function showStartupFailure(error: unknown, dataDir: string, locale: UiLocale): void {
  dialog.showErrorBox(shellText(locale, 'startFailedTitle'), describeStartupFailure(error, dataDir, locale));
}

/**
 * The data folder was locked at start-up. A lock whose process provably runs here is shown
 * and the app quits; any other (left by a crash, or by another computer) is offered for take-over.
 * Returns true when the store is now open.
 */
export async function resolveLockedStart(
  backend: Backend,
  status: AppStatus,
  locale: UiLocale,
): Promise<boolean> {
  const lock = status.problem?.lock;
  const values = {
    dir: status.dataDir,
    pid: lock?.pid ?? '?',
    host: lock?.host ?? '?',
    since: lock ? new Date(lock.since).toLocaleString(locale) : '?',
  };
  const title = shellText(locale, 'lockedTitle');
  if (!lock || lock.hold === 'held') {
    dialog.showErrorBox(title, shellText(locale, 'lockedHeld', values));
    return false;
  }
  const message = shellText(
    locale,
    lock.hold === 'uncertain' ? 'lockedUncertain' : 'lockedOtherMachine',
    values,
  );
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title,
    message: title,
    detail: message,
    buttons: [shellText(locale, 'quit'), shellText(locale, 'takeOver')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  if (response !== 1) return false;
  const taken = await backend.dispatch('store:takeOverLock', {});
  if (taken.ok) return true;
  dialog.showErrorBox(title, shellText(locale, 'lockedHeld', values));
  return false;
}
