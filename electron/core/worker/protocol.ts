import type { AppStatus } from '../../../shared/domain/appStatus';
import type { Result } from '../../../shared/ipc/errors';
import type { EventName } from '../../../shared/ipc/events';
import type { BackendOptions } from '../backend';
import type { SecretReply, SecretRequest } from './secretsBridge';

/** What the main side hands the worker at start: only values that survive structured cloning. */
export interface WorkerStart {
  backend: Pick<BackendOptions, 'dataDir' | 'transport' | 'appVersion' | 'placesDir'>;
  /** Render a small document at start, so the first preview a secretary asks for is warm. */
  warmPdf: boolean;
  /** Electron sets process.resourcesPath in its main thread only; the fonts are found through it. */
  resourcesPath?: string;
  /** The shell answers secret requests (the desktop app's safeStorage); browser mode has none. */
  secrets?: boolean;
  /** From the sources (tsx, vitest): the TypeScript entry the bootstrap loads. */
  entry?: string;
}

export type ToWorker =
  { type: 'call'; id: number; channel: unknown; input: unknown } | { type: 'close' } | SecretReply;

export type FromWorker =
  | { type: 'ready'; status: AppStatus }
  /** The backend could not start; `code` is the system's error code (ENOSPC, EROFS, EACCES…), when there is one. */
  | { type: 'failed'; message: string; code?: string }
  | { type: 'result'; id: number; result: Result<unknown>; status: AppStatus }
  | { type: 'event'; event: EventName; payload: unknown; status: AppStatus }
  | { type: 'log'; message: string; detail: string }
  | SecretRequest
  | { type: 'closed' };
