import type { Bridge } from '../../shared/ipc/bridge';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/errors';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import { hasBytes } from '../../shared/ipc/bytes';
import { decodeFrame, encodeFrame, FRAME_TYPE } from '../../shared/ipc/frame';
import { download } from './files';
import { connection } from './connection';

const SECRET_KEY = 'twinning-desk-secret';
// Kept in sync with electron/host/guard.ts (the renderer may not import electron/).
const SECRET_HEADER = 'x-twinning-secret';
const CODE_HEADER = 'x-twinning-code';
/** Chromium's limit for requests that outlive the page (keepalive) is 64 KiB in flight. */
const KEEPALIVE_MAX_BYTES = 60_000;

const secret = () => sessionStorage.getItem(SECRET_KEY);

/** The one-time code in a pasted address (or the bare code), or null. */
export function codeFrom(text: string): string | null {
  const trimmed = text.trim();
  try {
    const code = new URL(trimmed).searchParams.get('code');
    if (code) return code;
  } catch {
    // Not an address: perhaps the code alone.
  }
  return /^[\w-]{20,100}$/.test(trimmed) ? trimmed : null;
}

/** Trades a one-time code for this tab's secret (kept in sessionStorage, for this tab only). */
export async function exchangeCode(code: string): Promise<'ok' | 'refused' | 'lost'> {
  try {
    const response = await fetch('/api/session', { method: 'POST', headers: { [CODE_HEADER]: code } });
    if (!response.ok) return 'refused';
    const { secret: given } = (await response.json()) as { secret: string };
    sessionStorage.setItem(SECRET_KEY, given);
    connection.set('connected');
    return 'ok';
  } catch {
    return 'lost';
  }
}

/**
 * On first load the address carries a one-time code: take it out of the address bar (and so
 * out of history and bookmarks) and trade it for this tab's secret.
 */
async function startSession(): Promise<void> {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('code');
  if (code) {
    url.searchParams.delete('code');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    // A reload keeps the secret in sessionStorage; a used code then matters no more.
    if ((await exchangeCode(code)) !== 'refused' || secret()) return;
  }
  if (!secret()) connection.set('refused');
}

const failure = (code: 'HOST_UNREACHABLE' | 'TAB_UNKNOWN', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** Browser mode: the same contract over HTTP to the loopback host. */
export function createBrowserBridge(): Bridge {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let streaming = false;
  const ready = startSession();
  // Only requests made while the page goes away need keepalive (its 64 KiB budget is shared).
  let unloading = false;
  window.addEventListener('beforeunload', () => {
    unloading = true;
    // Still here on the next task: she chose to stay on the page.
    window.setTimeout(() => (unloading = false), 0);
  });
  window.addEventListener('pagehide', () => (unloading = true));
  window.addEventListener('pageshow', () => (unloading = false));

  async function stream(): Promise<void> {
    await ready;
    const response = await fetch('/api/events', { headers: { [SECRET_HEADER]: secret() ?? '' } });
    if (response.status === 401) return connection.set('refused');
    const reader = response.ok ? response.body?.getReader() : undefined;
    if (!reader) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      // The host closed the stream: it stopped, or is restarting.
      if (done) return connection.set('lost');
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

  function startStream(): void {
    if (streaming || listeners.size === 0) return;
    streaming = true;
    // A stream that ends means the host stopped; it restarts once the tab is connected again.
    stream()
      .catch(() => connection.set('lost'))
      .finally(() => (streaming = false));
  }
  connection.subscribe((state) => {
    if (state === 'connected') startStream();
  });

  return {
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
      await ready;
      // Bytes (an image, an archive) travel as they are in a binary frame; everything else as JSON.
      const binary = hasBytes(input);
      const body = binary ? encodeFrame({ channel, input }) : JSON.stringify({ channel, input });
      const size = typeof body === 'string' ? body.length : body.byteLength;
      let response: Response;
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: {
            'Content-Type': binary ? FRAME_TYPE : 'application/json',
            [SECRET_HEADER]: secret() ?? '',
          },
          body,
          // A save started as the tab closes still reaches the host (see useLeaveGuards).
          keepalive: unloading && size < KEEPALIVE_MAX_BYTES,
        });
      } catch {
        connection.set('lost');
        return failure('HOST_UNREACHABLE', 'The app host is not reachable');
      }
      if (response.status === 401) {
        connection.set('refused');
        return failure('TAB_UNKNOWN', 'This tab is not known to the app host');
      }
      try {
        let answer: unknown;
        if ((response.headers.get('content-type') ?? '').startsWith(FRAME_TYPE)) {
          const decoded = decodeFrame(new Uint8Array(await response.arrayBuffer()));
          if (!decoded.ok) throw new Error(decoded.reason);
          answer = decoded.value;
        } else {
          answer = await response.json();
        }
        connection.set('connected');
        // The boundary's one trusted cast: the host validated the output against the contract.
        return answer as Result<Output<C>>;
      } catch {
        connection.set('lost');
        return failure('HOST_UNREACHABLE', 'The app host stopped while answering');
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
      startStream();
      return () => set.delete(wrapped);
    },
  };
}
