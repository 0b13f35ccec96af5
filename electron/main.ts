import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickLocale } from '../shared/i18n/menu';
import type { Backend } from './core/backend';
import { startBackendWorker } from './core/worker/workerBackend';
import { readFlag } from './cli/args';
import { APP_NAME, resolveDataDir } from './core/paths';
import { registerIpc } from './ipc/handle';
import { installNetworkGuard } from './window/networkGuard';
import { createMainWindow, preloadPath } from './window/createMainWindow';
import { makeDownloadsPrivate } from './window/privateDownloads';
import { buildMenu } from './window/menu';
import { registerSchemePrivileges, serveRenderer } from './window/protocol';

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

  void app.whenReady().then(async () => {
    const dataDir = resolve(
      resolveDataDir(readFlag(process.argv, 'data-dir'), process.env, () => app.getPath('userData')),
    );
    backend = await startBackendWorker({
      backend: { dataDir, transport: 'desktop', appVersion: app.getVersion() },
    });
    const problem = backend.status().problem;
    if (problem?.code === 'LOCKED') {
      dialog.showErrorBox('Twinning Desk', problem.detail);
      app.quit();
      return;
    }
    registerIpc(backend, () => window?.webContents ?? null);
    const rendererDir = join(mainDir, '..', 'renderer');
    installNetworkGuard(session.defaultSession, rendererDir, (url) =>
      console.warn(`Blocked a network request to ${url.slice(0, 200)}`),
    );
    makeDownloadsPrivate(session.defaultSession);
    serveRenderer(rendererDir);
    const settings = await backend.dispatch('settings:get', {});
    const preferred = settings.ok ? (settings.data as { locale: string | null }).locale : null;
    Menu.setApplicationMenu(buildMenu(pickLocale(preferred, app.getLocale()), dataDir, () => window));
    window = createMainWindow(preloadPath(mainDir));
    window.on('closed', () => (window = null));
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
