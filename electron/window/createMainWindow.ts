import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { isSafeExternalUrl } from './externalLinks';
import { APP_ORIGIN, isTrustedUrl } from './protocol';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Twinning Desk',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      // Middle-click would otherwise open links in new windows (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
    },
  });

  window.webContents.setWindowOpenHandler(({ url }) => {
    if (!isSafeExternalUrl(url)) return { action: 'deny' };
    void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  window.once('ready-to-show', () => window.show());

  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

export const preloadPath = (mainDir: string) => join(mainDir, '..', 'preload', 'index.cjs');
