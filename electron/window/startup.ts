import { dialog } from 'electron';
import type { AppStatus } from '../../shared/domain/appStatus';
import type { UiLocale } from '../../shared/domain/settings';
import { shellText } from '../../shared/i18n/shell';
import type { Backend } from '../core/backend';
import { describeStartupFailure } from './startupMessage';

export { describeStartupFailure };

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
