import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { EventHub } from '../../../electron/core/events';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  choice: { canceled: false, filePath: '' as string | undefined },
  dialogOptions: [] as unknown[],
  opened: [] as string[],
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
      void electron.handlers.set(channel, handler),
    removeHandler: (channel: string) => void electron.handlers.delete(channel),
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showSaveDialog: async (options: unknown) => (electron.dialogOptions.push(options), electron.choice),
  },
  shell: { openPath: async (path: string) => (electron.opened.push(path), '') },
  protocol: {},
  net: {},
}));

const { registerIpc } = await import('../../../electron/ipc/handle');
const { IPC_SAVE_FILE } = await import('../../../shared/ipc/bridge');

const ours = { senderFrame: { parent: null, url: 'app://twinning/index.html' }, sender: {} };
const PDF = new TextEncoder().encode('%PDF-1.7 charter');
let dir: string;
let dispatched = 0;

function saveFile(event: unknown, request: unknown) {
  const backend: Backend = {
    dispatch: async () => (dispatched++, { ok: true, data: null }),
    events: new EventHub(),
    status: () => {
      throw new Error('not used');
    },
    close: async () => undefined,
  };
  const unregister = registerIpc(backend, () => null);
  const handler = electron.handlers.get(IPC_SAVE_FILE)!;
  return Promise.resolve(handler(event, request)).finally(unregister) as Promise<{
    ok: boolean;
    data?: unknown;
    error?: { code: string; issues?: { path: unknown[] }[] };
  }>;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'twinning-save-'));
  electron.choice = { canceled: false, filePath: join(dir, 'chosen.pdf') };
  electron.dialogOptions.length = 0;
  electron.opened.length = 0;
  dispatched = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the desktop’s one “save bytes” capability', () => {
  it('writes exactly the bytes it was given where the secretary chose, readable by the owner only', async () => {
    const result = await saveFile(ours, {
      bytes: PDF,
      fileName: 'charter-buzias-ornans.pdf',
      mime: 'application/pdf',
      open: false,
    });
    expect(result).toEqual({ ok: true, data: { outcome: 'saved', path: join(dir, 'chosen.pdf') } });
    expect(new Uint8Array(await readFile(join(dir, 'chosen.pdf')))).toEqual(PDF);
    expect((await stat(join(dir, 'chosen.pdf'))).mode & 0o777).toBe(0o600);
    expect(electron.dialogOptions).toEqual([
      { defaultPath: 'charter-buzias-ornans.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
    ]);
    expect(electron.opened).toEqual([]);
    expect(dispatched).toBe(0);
  });

  it('opens the saved file in the default viewer when asked', async () => {
    await saveFile(ours, { bytes: PDF, fileName: 'c.pdf', mime: 'application/pdf', open: true });
    expect(electron.opened).toEqual([join(dir, 'chosen.pdf')]);
  });

  it('offers a ZIP filter for a hand-over archive', async () => {
    electron.choice = { canceled: false, filePath: join(dir, 'handover.zip') };
    await saveFile(ours, {
      bytes: new Uint8Array([0x50, 0x4b]),
      fileName: 'h.zip',
      mime: 'application/zip',
      open: false,
    });
    expect(electron.dialogOptions).toEqual([
      { defaultPath: 'h.zip', filters: [{ name: 'ZIP', extensions: ['zip'] }] },
    ]);
  });

  it('writes nothing and says so when the dialog is cancelled', async () => {
    electron.choice = { canceled: true, filePath: undefined };
    expect(
      await saveFile(ours, { bytes: PDF, fileName: 'c.pdf', mime: 'application/pdf', open: true }),
    ).toEqual({
      ok: true,
      data: { outcome: 'cancelled' },
    });
    expect(electron.opened).toEqual([]);
  });

  it('gives a typed error when the chosen folder cannot be written', async () => {
    electron.choice = { canceled: false, filePath: join(dir, 'missing-folder', 'c.pdf') };
    const result = await saveFile(ours, {
      bytes: PDF,
      fileName: 'c.pdf',
      mime: 'application/pdf',
      open: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } });
  });

  it('refuses text where bytes belong, naming the field, before any dialog opens', async () => {
    const result = await saveFile(ours, {
      bytes: 'JVBERi0=',
      fileName: 'c.pdf',
      mime: 'application/pdf',
      open: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(result.error?.issues?.[0]?.path).toEqual(['bytes']);
    expect(electron.dialogOptions).toEqual([]);
  });

  it('refuses a sender that is not our top-level page', async () => {
    const iframe = { senderFrame: { parent: {}, url: 'app://twinning/index.html' }, sender: {} };
    const result = await saveFile(iframe, {
      bytes: PDF,
      fileName: 'c.pdf',
      mime: 'application/pdf',
      open: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(electron.dialogOptions).toEqual([]);
  });
});
