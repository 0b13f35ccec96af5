import type { Bridge } from '../../shared/ipc/bridge';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { AppError } from '../../shared/ipc/errors';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc/shell';
import { createBrowserBridge } from './browserTransport';

declare global {
  interface Window {
    api?: Bridge;
  }
}

/** A failed call, carrying the typed error from the core. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

let bridge: Bridge | null = null;

function getBridge(): Bridge {
  if (bridge) return bridge;
  // The only reader of window.api: the desktop preload provides it; browser mode does not.
  if (window.api) {
    bridge = window.api;
  } else {
    // A tab without a secret gets FORBIDDEN from every call and is offered to reconnect.
    bridge = createBrowserBridge();
  }
  return bridge;
}

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await getBridge().invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}

/** Saves bytes the core made (a PDF, an archive): the desktop's save dialog, or a download. */
export async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const result = await getBridge().saveFile(request);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}

export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return getBridge().on(event, listener);
}
