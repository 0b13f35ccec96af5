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
