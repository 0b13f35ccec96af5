import { dialog, type BrowserWindow, type WebContents } from 'electron';
import type { CloseReport } from '../../shared/ipc/bridge';
import type { UiLocale } from '../../shared/domain/settings';
import { shellText } from '../../shared/i18n/shell';

export type AskPage = (contents: WebContents) => Promise<CloseReport | null>;

export interface CloseGuard {
  /** Reload (menu, Ctrl+R) with the same questions as closing. */
  reload(): Promise<void>;
}

/** The OS's "close without saving?" question; true when she chose to leave. */
function confirmDiscard(window: BrowserWindow, locale: UiLocale, unsaved: string[]): boolean {
  const response = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: shellText(locale, 'unsavedTitle'),
    message: shellText(locale, 'unsavedMessage'),
    ...(unsaved.length > 0
      ? { detail: shellText(locale, 'unsavedDetail', { forms: unsaved.join(', ') }) }
      : {}),
    buttons: [shellText(locale, 'stay'), shellText(locale, 'discard')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

/**
 * Nothing typed is lost when the window closes, the app quits or the page reloads: the page
 * first saves what saves by itself, and a form with unsaved changes makes the OS ask.
 */
export function guardClose(window: BrowserWindow, askPage: AskPage, locale: () => UiLocale): CloseGuard {
  /** Set once she agreed (or nothing was unsaved): the page's own beforeunload is then overruled. */
  let leaving = false;
  let asking = false;

  async function mayLeave(): Promise<boolean> {
    const report = await askPage(window.webContents);
    if (report === null || report.unsaved.length === 0) return true;
    return confirmDiscard(window, locale(), report.unsaved);
  }

  window.on('close', (event) => {
    if (leaving) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void mayLeave().then((ok) => {
      asking = false;
      if (!ok) return;
      leaving = true;
      window.close();
    });
  });

  // The page's beforeunload held an unload we did not ask about (a reload from elsewhere).
  window.webContents.on('will-prevent-unload', (event) => {
    if (leaving || confirmDiscard(window, locale(), [])) event.preventDefault();
  });
  window.webContents.on('did-finish-load', () => {
    if (!window.isDestroyed() && asking === false) leaving = false;
  });

  return {
    async reload() {
      if (asking) return;
      asking = true;
      const ok = await mayLeave();
      asking = false;
      if (!ok || window.isDestroyed()) return;
      leaving = true;
      window.webContents.reload();
    },
  };
}
