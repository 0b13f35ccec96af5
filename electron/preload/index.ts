import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge, ShellBridge } from '../../shared/ipc/bridge';

// Kept in sync with shared/ipc/bridge.ts; the preload may import only types from shared/.
const IPC_INVOKE = 'twinning:invoke';
const IPC_EVENT = 'twinning:event';
const IPC_SAVE_FILE = 'twinning:saveFile';
const IPC_CLOSE_REQUEST = 'twinning:close-request';
const IPC_CLOSE_REPLY = 'twinning:close-reply';

const api: Bridge = {
  // Byte arrays in the input or the answer cross as binary (structured clone), never as text.
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
  saveFile: (request) => ipcRenderer.invoke(IPC_SAVE_FILE, request),
  on: (event, listener) => {
    const wrapped = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(IPC_EVENT, wrapped);
    return () => ipcRenderer.removeListener(IPC_EVENT, wrapped);
  },
};

contextBridge.exposeInMainWorld('api', api);

// The close handshake: the shell asks, the page flushes its autosaves and names unsaved forms.
const shellBridge: ShellBridge = {
  onCloseRequest: (answer) => {
    const wrapped = (_e: IpcRendererEvent, id: unknown) => {
      void answer()
        .catch(() => ({ unsaved: [] }))
        .then((report) => ipcRenderer.send(IPC_CLOSE_REPLY, id, report));
    };
    ipcRenderer.on(IPC_CLOSE_REQUEST, wrapped);
    return () => ipcRenderer.removeListener(IPC_CLOSE_REQUEST, wrapped);
  },
};
contextBridge.exposeInMainWorld('shell', shellBridge);
