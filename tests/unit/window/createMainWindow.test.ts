import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const state = {
    options: null as null | { webPreferences: Record<string, unknown> },
    openHandler: null as null | ((details: { url: string }) => { action: string }),
    listeners: new Map<string, Listener>(),
    permissionHandler: null as null | Listener,
    loaded: [] as string[],
    opened: [] as string[],
  };
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: (handler: typeof state.openHandler) => void (state.openHandler = handler),
      on: (event: string, listener: Listener) => void state.listeners.set(event, listener),
      session: {
        setPermissionRequestHandler: (handler: Listener) => void (state.permissionHandler = handler),
      },
    };
    constructor(options: typeof state.options) {
      state.options = options;
    }
    once() {}
    show() {}
    loadURL(url: string) {
      state.loaded.push(url);
      return Promise.resolve();
    }
  }
  const shell = { openExternal: (url: string) => (state.opened.push(url), Promise.resolve()) };
  return { state, BrowserWindow, shell };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.BrowserWindow,
  shell: electron.shell,
  protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
  net: { fetch: () => Promise.reject(new Error('no network in tests')) },
}));

const { createMainWindow } = await import('../../../electron/window/createMainWindow');

function fire(event: string, url: string): boolean {
  let prevented = false;
  electron.state.listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
  return prevented;
}

beforeEach(() => {
  electron.state.opened.length = 0;
  electron.state.listeners.clear();
  createMainWindow('/app/preload/index.cjs');
});

describe('the main window', () => {
  it('runs the renderer sandboxed and isolated, without Node, webviews or insecure content', () => {
    expect(electron.state.options?.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(electron.state.options?.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the renderer from the app:// origin, never from file:// or http', () => {
    expect(electron.state.loaded.at(-1)).toBe('app://twinning/index.html');
  });

  it('never opens a new window; safe https and mailto links go to the system browser instead', () => {
    for (const url of [
      'https://example.org/x',
      'mailto:ana@example.org',
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pw@example.org',
    ]) {
      expect(electron.state.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.state.opened).toEqual(['https://example.org/x', 'mailto:ana@example.org']);
  });

  it('blocks navigation and redirects away from the app origin', () => {
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(fire(event, 'https://evil.example/')).toBe(true);
      expect(fire(event, 'file:///etc/passwd')).toBe(true);
      expect(fire(event, 'app://twinning.evil/')).toBe(true);
      expect(fire(event, 'app://twinning/index.html#/committee')).toBe(false);
    }
  });

  it('refuses to attach webviews and denies every permission request', () => {
    expect(fire('will-attach-webview', '')).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      let granted: boolean | null = null;
      electron.state.permissionHandler?.(null, permission, (answer: boolean) => (granted = answer));
      expect(granted).toBe(false);
    }
  });
});
