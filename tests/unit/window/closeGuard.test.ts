import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CloseReport } from '../../../shared/ipc/bridge';

type Listener = (event: { preventDefault: () => void }) => void;

const electron = vi.hoisted(() => {
  const state = { answers: [] as number[], asked: [] as { detail?: string; buttons: string[] }[] };
  const dialog = {
    showMessageBoxSync: (_window: unknown, options: { detail?: string; buttons: string[] }) => {
      state.asked.push(options);
      return state.answers.shift() ?? 0;
    },
  };
  return { state, dialog };
});
vi.mock('electron', () => ({ dialog: electron.dialog }));

const { guardClose } = await import('../../../electron/window/closeGuard');

/** A window with just the events the guard listens to. */
function fakeWindow() {
  const on = new Map<string, Listener>();
  const contentsOn = new Map<string, Listener>();
  const window = {
    closed: 0,
    reloaded: 0,
    on: (name: string, listener: Listener) => void on.set(name, listener),
    isDestroyed: () => false,
    close: () => {
      window.closed++;
      fire(on, 'close');
    },
    webContents: {
      on: (name: string, listener: Listener) => void contentsOn.set(name, listener),
      reload: () => void window.reloaded++,
    },
  };
  return { window, on, contentsOn };
}

function fire(listeners: Map<string, Listener>, name: string): boolean {
  let prevented = false;
  listeners.get(name)?.({ preventDefault: () => (prevented = true) });
  return prevented;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  electron.state.answers.length = 0;
  electron.state.asked.length = 0;
});

describe('closing the desktop window', () => {
  it('asks the page to save first and closes without a question when nothing is left unsaved', async () => {
    const { window, on } = fakeWindow();
    const asked: unknown[] = [];
    guardClose(
      window as never,
      (contents) => (asked.push(contents), Promise.resolve({ unsaved: [] })),
      () => 'en',
    );
    expect(fire(on, 'close')).toBe(true);
    await settle();
    expect(asked).toEqual([window.webContents]);
    expect(window.closed).toBe(1);
    expect(electron.state.asked).toEqual([]);
  });

  it('keeps the window open when she chooses to keep editing an unsaved form', async () => {
    const { window, on } = fakeWindow();
    electron.state.answers.push(0);
    const report: CloseReport = { unsaved: ['le formulaire du jumelage'] };
    guardClose(
      window as never,
      () => Promise.resolve(report),
      () => 'fr',
    );
    fire(on, 'close');
    await settle();
    expect(window.closed).toBe(0);
    expect(electron.state.asked[0]).toMatchObject({
      buttons: ['Continuer la saisie', 'Fermer sans enregistrer'],
      detail: expect.stringContaining('le formulaire du jumelage'),
    });
  });

  it('closes, and lets the page unload, once she chose to close without saving', async () => {
    const { window, on, contentsOn } = fakeWindow();
    electron.state.answers.push(1);
    guardClose(
      window as never,
      () => Promise.resolve({ unsaved: ['the partnership form'] }),
      () => 'en',
    );
    fire(on, 'close');
    await settle();
    expect(window.closed).toBe(1);
    // The page's own beforeunload still holds the unload: the shell overrules it now.
    expect(fire(contentsOn, 'will-prevent-unload')).toBe(true);
    expect(electron.state.asked).toHaveLength(1);
  });

  it('closes when the page does not answer in time, as nothing more could be saved', async () => {
    const { window, on } = fakeWindow();
    guardClose(
      window as never,
      () => Promise.resolve(null),
      () => 'en',
    );
    fire(on, 'close');
    await settle();
    expect(window.closed).toBe(1);
  });

  it('asks once even when close is pressed again while the page is saving', async () => {
    const { window, on } = fakeWindow();
    let answer: (report: CloseReport) => void = () => undefined;
    let calls = 0;
    guardClose(
      window as never,
      () => (calls++, new Promise((resolve) => (answer = resolve))),
      () => 'en',
    );
    fire(on, 'close');
    fire(on, 'close');
    answer({ unsaved: [] });
    await settle();
    expect(calls).toBe(1);
    expect(window.closed).toBe(1);
  });

  it('reloads (Ctrl+R) only after the same handshake', async () => {
    const { window } = fakeWindow();
    electron.state.answers.push(0);
    const guard = guardClose(
      window as never,
      () => Promise.resolve({ unsaved: ['the charter draft'] }),
      () => 'en',
    );
    await guard.reload();
    expect(window.reloaded).toBe(0);
    electron.state.answers.push(1);
    await guard.reload();
    expect(window.reloaded).toBe(1);
  });

  it('asks in her language when a reload from elsewhere is held by the page', () => {
    const { window, contentsOn } = fakeWindow();
    guardClose(
      window as never,
      () => Promise.resolve(null),
      () => 'de',
    );
    electron.state.answers.push(0);
    expect(fire(contentsOn, 'will-prevent-unload')).toBe(false);
    expect(electron.state.asked[0]?.buttons).toEqual(['Weiter bearbeiten', 'Ohne Speichern schließen']);
  });
});
