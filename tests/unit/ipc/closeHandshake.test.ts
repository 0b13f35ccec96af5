import { afterEach, describe, expect, it, vi } from 'vitest';

type ReplyListener = (event: unknown, id: unknown, report: unknown) => void;

const electron = vi.hoisted(() => {
  const state = { listener: null as ReplyListener | null };
  const ipcMain = { on: (_channel: string, listener: ReplyListener) => void (state.listener = listener) };
  return { state, ipcMain };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain }));
vi.mock('../../../electron/window/protocol', () => ({
  isTrustedUrl: (url: string) => url.startsWith('app://twinning/'),
}));

const { askPageBeforeClose } = await import('../../../electron/ipc/closeHandshake');

/** A page that records what it was asked; `id` is the request it must answer. */
function fakePage() {
  const page = {
    id: '',
    isDestroyed: () => false,
    isCrashed: () => false,
    send: (_channel: string, id: string) => void (page.id = id),
  };
  return page;
}

const frame = (url = 'app://twinning/index.html') => ({ url, parent: null });
const answer = (sender: unknown, id: string, report: unknown, from = frame()) =>
  electron.state.listener?.({ sender, senderFrame: from }, id, report);

afterEach(() => vi.useRealTimers());

describe('the close handshake, main side', () => {
  it("returns the page's list of unsaved forms", async () => {
    const page = fakePage();
    const asked = askPageBeforeClose(page as never);
    answer(page, page.id, { unsaved: ['the partnership form'] });
    expect(await asked).toEqual({ unsaved: ['the partnership form'] });
  });

  it('ignores an answer from another page or a foreign frame, and gives up when the page is silent', async () => {
    vi.useFakeTimers();
    const page = fakePage();
    const asked = askPageBeforeClose(page as never, 1000);
    answer(fakePage(), page.id, { unsaved: [] });
    answer(page, page.id, { unsaved: [] }, frame('https://attacker.example/'));
    vi.advanceTimersByTime(1000);
    expect(await asked).toBeNull();
  });

  it('keeps only names from a malformed answer', async () => {
    const page = fakePage();
    const asked = askPageBeforeClose(page as never);
    answer(page, page.id, { unsaved: ['the charter draft', 42, { evil: true }] });
    expect(await asked).toEqual({ unsaved: ['the charter draft'] });
  });
});
