import type { Channel, Input, Output } from './contract';
import type { Result } from './errors';
import type { EventName, EventPayload } from './events';
import type { SaveFileRequest, SaveFileResult } from './shell';

/** What the preload exposes as window.api, and what browser mode imitates. */
export interface Bridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Saves bytes to a file the secretary chooses (desktop: the OS dialog; browser: a download). */
  saveFile(request: SaveFileRequest): Promise<Result<SaveFileResult>>;
}

/** The single Electron IPC channel names; the domain channel travels as an argument. */
export const IPC_INVOKE = 'twinning:invoke';
export const IPC_EVENT = 'twinning:event';
export const IPC_SAVE_FILE = 'twinning:saveFile';

/**
 * The close handshake (desktop): before the window closes or reloads, the shell asks the
 * page to save what saves by itself and to name the forms with unsaved changes.
 */
export const IPC_CLOSE_REQUEST = 'twinning:close-request';
export const IPC_CLOSE_REPLY = 'twinning:close-reply';

export interface CloseReport {
  /** Translated names of the forms whose changes would be lost. */
  unsaved: string[];
}

/** What the preload exposes as window.shell. */
export interface ShellBridge {
  onCloseRequest(answer: () => Promise<CloseReport>): () => void;
}
