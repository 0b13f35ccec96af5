import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_EVENT, IPC_INVOKE, IPC_SAVE_FILE } from '../../shared/ipc/bridge';
import type { Backend } from '../core/backend';
import { isTrustedUrl } from '../window/protocol';
import { saveFile } from './saveFile';

const untrusted = { ok: false, error: { code: 'FORBIDDEN', message: 'Untrusted sender' } } as const;

/** Our own page, in the top frame: iframes and foreign origins are refused. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url);
}

/**
 * The only user of ipcMain. Every call is checked to come from our own page in the
 * top frame, then handed to the same dispatcher browser mode uses.
 */
export function registerIpc(backend: Backend, target: () => WebContents | null): () => void {
  ipcMain.handle(IPC_INVOKE, (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return untrusted;
    return backend.dispatch(channel, input);
  });
  ipcMain.handle(IPC_SAVE_FILE, (event: IpcMainInvokeEvent, request: unknown) =>
    isTrustedSender(event) ? saveFile(event.sender, request) : untrusted,
  );
  const unsubscribe = backend.events.subscribe((event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT, event, payload);
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE);
    ipcMain.removeHandler(IPC_SAVE_FILE);
    unsubscribe();
  };
}
