import { app, BrowserWindow, Menu, safeStorage, session } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UiLocale } from '../shared/domain/settings';
import { pickLocale } from '../shared/i18n/menu';
import type { Backend } from './core/backend';
import { startBackendWorker } from './core/worker/workerBackend';
import { readFlag } from './cli/args';
import { APP_NAME, resolveDataDir } from './core/paths';
import { askPageBeforeClose } from './ipc/closeHandshake';
import { registerIpc } from './ipc/handle';
import { guardClose } from './window/closeGuard';
import { installNetworkGuard } from './window/networkGuard';
import { createMainWindow, preloadPath } from './window/createMainWindow';
import { makeDownloadsPrivate } from './window/privateDownloads';
import { buildMenu } from './window/menu';
import { registerSchemePrivileges, serveRenderer } from './window/protocol';
import { safeStorageSecrets } from './window/secretStore';
import { resolveLockedStart, showStartupFailure } from './window/startup';

// Electron lifecycle only: single-instance lock, backend, IPC, window.
const mainDir = dirname(fileURLToPath(import.meta.url));
app.setName(APP_NAME);
registerSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  let backend: Backend | null = null;

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  async function start(dataDir: string, systemLocale: UiLocale): Promise<void> {
    const opened = await startBackendWorker({
      backend: { dataDir, transport: 'desktop', appVersion: app.getVersion() },
      // The sync password, encrypted by the OS; the core asks for it over the worker's port.
      secrets: safeStorageSecrets(safeStorage, dataDir),
    });
    backend = opened;
    const status = opened.status();
    if (status.problem?.code === 'LOCKED' && !(await resolveLockedStart(opened, status, systemLocale))) {
      app.quit();
      return;
    }
    registerIpc(opened, () => window?.webContents ?? null);
    const rendererDir = join(mainDir, '..', 'renderer');
    installNetworkGuard(session.defaultSession, rendererDir, (url) =>
      console.warn(`Blocked a network request to ${url.slice(0, 200)}`),
    );
    makeDownloadsPrivate(session.defaultSession);
    serveRenderer(rendererDir);
    let locale = systemLocale;
    const settings = await opened.dispatch('settings:get', {});
    if (settings.ok)
      locale = pickLocale((settings.data as { locale: string | null }).locale, app.getLocale());
    const shown = createMainWindow(preloadPath(mainDir));
    window = shown;
    const guard = guardClose(
      shown,
      (contents) => askPageBeforeClose(contents),
      () => locale,
    );
    Menu.setApplicationMenu(
      buildMenu(
        locale,
        dataDir,
        () => window,
        () => void guard.reload(),
      ),
    );
    shown.on('closed', () => (window = null));
  }

  void app.whenReady().then(async () => {
    const systemLocale = pickLocale(null, app.getLocale());
    let dataDir = '';
    try {
      dataDir = resolve(
        resolveDataDir(readFlag(process.argv, 'data-dir'), process.env, () => app.getPath('userData')),
      );
      await start(dataDir, systemLocale);
    } catch (error) {
      // Without this the app would vanish: no window, no message (a full disk, a read-only drive).
      console.error('Twinning Desk could not start:', error);
      showStartupFailure(error, dataDir, systemLocale);
      app.quit();
    }
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!backend) return;
    event.preventDefault();
    const closing = backend;
    backend = null;
    void closing.close().finally(() => app.quit());
  });
}
