import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { EventHub } from '../../../electron/core/events';

const captured = vi.hoisted(() => ({ handlers: new Map<string, (...args: unknown[]) => unknown>() }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
      void captured.handlers.set(channel, handler),
    removeHandler: (channel: string) => void captured.handlers.delete(channel),
  },
  protocol: {},
  net: {},
}));

const { registerIpc } = await import('../../../electron/ipc/handle');
const { IPC_INVOKE } = await import('../../../shared/ipc/bridge');

function setup() {
  const calls: unknown[][] = [];
  const backend: Backend = {
    dispatch: async (channel, input) => (calls.push([channel, input]), { ok: true, data: 'answered' }),
    events: new EventHub(),
    status: () => {
      throw new Error('not used by the IPC layer');
    },
    close: async () => undefined,
  };
  registerIpc(backend, () => null);
  const invoke = captured.handlers.get(IPC_INVOKE)!;
  return { calls, invoke };
}

const top = { parent: null };

describe('IPC sender validation', () => {
  it('hands calls from our own top-level page to the dispatcher', async () => {
    const { calls, invoke } = setup();
    expect(
      await invoke({ senderFrame: { ...top, url: 'app://twinning/index.html' } }, 'committee:get', {}),
    ).toEqual({ ok: true, data: 'answered' });
    expect(calls).toEqual([['committee:get', {}]]);
  });

  it.each([
    ['a foreign page', { ...top, url: 'https://evil.example/' }],
    ['a file page', { ...top, url: 'file:///tmp/x.html' }],
    ['a look-alike origin', { ...top, url: 'app://twinning.evil/' }],
    ['an iframe inside our page', { parent: {}, url: 'app://twinning/index.html' }],
    ['a destroyed frame', null],
  ])('refuses %s with FORBIDDEN and never dispatches', async (_name, frame) => {
    const { calls, invoke } = setup();
    const result = (await invoke({ senderFrame: frame }, 'committee:get', {})) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('FORBIDDEN');
    expect(calls).toEqual([]);
  });
});
