import type { Bridge } from '../../shared/ipc/bridge';
import { hasBytes } from '../../shared/ipc/bytes';
import { decodeFrame, encodeFrame, FRAME_TYPE } from '../../shared/ipc/frame';
import { download } from './files';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/errors';
import type { EventName, EventPayload } from '../../shared/ipc/events';

const TOKEN_KEY = 'twinning-desk-token';
const TOKEN_HEADER = 'x-twinning-token';

/** The token arrives once in the URL; keep it for this tab and take it out of the address bar. */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const transportFailure = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'INTERNAL', message },
});

/** Browser mode: the same contract over HTTP to the loopback host. */
export function createBrowserBridge(token: string): Bridge {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let streaming = false;

  async function stream(): Promise<void> {
    const response = await fetch('/api/events', { headers: { [TOKEN_HEADER]: token } });
    const reader = response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.startsWith('data: ')) continue;
        const { event, payload } = JSON.parse(block.slice(6)) as { event: EventName; payload: unknown };
        listeners.get(event)?.forEach((listener) => listener(payload));
      }
    }
  }

  return {
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
      try {
        // Bytes (an image, an archive) travel as they are in a binary frame; everything else as JSON.
        const binary = hasBytes(input);
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': binary ? FRAME_TYPE : 'application/json', [TOKEN_HEADER]: token },
          body: binary ? encodeFrame({ channel, input }) : JSON.stringify({ channel, input }),
        });
        if (response.status === 401)
          return { ok: false, error: { code: 'FORBIDDEN', message: 'Session token rejected' } };
        if ((response.headers.get('content-type') ?? '').startsWith(FRAME_TYPE)) {
          const decoded = decodeFrame(new Uint8Array(await response.arrayBuffer()));
          if (!decoded.ok) return transportFailure(decoded.reason);
          // The boundary's one trusted cast: the host validated the output against the contract.
          return decoded.value as Result<Output<C>>;
        }
        return (await response.json()) as Result<Output<C>>;
      } catch (error) {
        return transportFailure(error instanceof Error ? error.message : 'The app host is not reachable');
      }
    },
    // A browser page cannot choose where a file goes: it downloads, and the browser asks or files it.
    async saveFile(request) {
      download(request.bytes, request.fileName, request.mime);
      return { ok: true, data: { outcome: 'downloaded' } };
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      listeners.set(event, set);
      if (!streaming) {
        streaming = true;
        stream().catch(() => (streaming = false));
      }
      return () => set.delete(wrapped);
    },
  };
}
