import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge } from '../../shared/ipc/bridge';

// Kept in sync with shared/ipc/bridge.ts; the preload may import only types from shared/.
const IPC_INVOKE = 'twinning:invoke';
const IPC_EVENT = 'twinning:event';
const IPC_SAVE_FILE = 'twinning:saveFile';

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
