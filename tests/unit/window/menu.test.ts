import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, COMMAND_EVENT } from '../../../shared/ipc/commands';

vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template },
  shell: { openPath: vi.fn() },
}));
const { buildMenu } = await import('../../../electron/window/menu');

const items = (menu: unknown): MenuItemConstructorOptions[] =>
  (menu as MenuItemConstructorOptions[]).flatMap((top) => top.submenu as MenuItemConstructorOptions[]);

describe('the desktop menu', () => {
  it('lists every command of the window with the key the window answers to, in the app’s language', () => {
    const menu = items(buildMenu('fr', '/data', () => null));
    for (const c of COMMANDS) expect(menu.some((m) => m.accelerator === c.accelerator)).toBe(true);
    expect(menu.find((m) => m.accelerator === 'CmdOrCtrl+N')?.label).toBe('Nouveau jumelage');
    expect(menu.find((m) => m.accelerator === 'CmdOrCtrl+K')?.label).toBe('Rechercher…');
  });

  it('runs a command by dispatching its fixed event in the window, and nothing when there is no window', () => {
    const executeJavaScript = vi.fn().mockResolvedValue(undefined);
    const window = { webContents: { executeJavaScript } };
    const menu = items(buildMenu('en', '/data', () => window as never));
    const save = menu.find((m) => m.accelerator === 'CmdOrCtrl+S');
    save?.click?.(undefined as never, undefined, undefined as never);
    const script = String(executeJavaScript.mock.calls[0]?.[0]);
    const fired: unknown[] = [];
    const target = {
      dispatchEvent: (e: { type: string; detail: unknown }) => fired.push([e.type, e.detail]),
    };
    class CustomEvent {
      constructor(
        readonly type: string,
        readonly init: { detail: unknown },
      ) {}
      get detail() {
        return this.init.detail;
      }
    }
    new Function('window', 'CustomEvent', script)(target, CustomEvent);
    expect(fired).toEqual([[COMMAND_EVENT, 'save']]);

    const none = items(buildMenu('en', '/data', () => null));
    expect(() =>
      none
        .find((m) => m.accelerator === 'CmdOrCtrl+P')
        ?.click?.(undefined as never, undefined, undefined as never),
    ).not.toThrow();
  });
});
