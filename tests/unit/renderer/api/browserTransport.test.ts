import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { codeFrom, createBrowserBridge } from '../../../../renderer/api/browserTransport';
import { connection } from '../../../../renderer/api/connection';

interface Sent {
  url: string;
  headers: Record<string, string>;
}

/** A fetch that answers like the host: a session for the code `good-code`, then calls. */
function fakeHost(answer: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    const request = { url, headers: (init.headers ?? {}) as Record<string, string> };
    sent.push(request);
    return Promise.resolve(answer(request));
  });
  return sent;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  sessionStorage.clear();
  connection.set('connected');
});
afterEach(() => vi.unstubAllGlobals());

describe('the browser-mode transport', () => {
  it('trades the code in the address for a secret, takes the code out of the address bar, and sends only the secret', async () => {
    window.history.replaceState(null, '', '/?code=good-code-0123456789abcdef#/partnerships');
    const sent = fakeHost((request) =>
      request.url === '/api/session' ? json(200, { secret: 'tab-secret' }) : json(200, { ok: true, data: 1 }),
    );
    const bridge = createBrowserBridge();
    expect(await bridge.invoke('app:status', {})).toEqual({ ok: true, data: 1 });
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/partnerships');
    expect(sent[0]).toMatchObject({
      url: '/api/session',
      headers: { 'x-twinning-code': 'good-code-0123456789abcdef' },
    });
    expect(sent[1]).toMatchObject({ url: '/api/invoke', headers: { 'x-twinning-secret': 'tab-secret' } });
    expect(JSON.stringify(sent[1])).not.toContain('good-code');
  });

  it('says the host is unreachable, not "something unexpected", when it is stopped', async () => {
    window.history.replaceState(null, '', '/');
    sessionStorage.setItem('twinning-desk-secret', 'tab-secret');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const result = await createBrowserBridge().invoke('app:status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'HOST_UNREACHABLE' } });
    expect(connection.get()).toBe('lost');
  });

  it('marks the tab as needing a fresh address when the host does not know its secret', async () => {
    window.history.replaceState(null, '', '/');
    sessionStorage.setItem('twinning-desk-secret', 'forgotten');
    fakeHost(() => json(401, { error: 'missing or unknown secret' }));
    const result = await createBrowserBridge().invoke('app:status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'TAB_UNKNOWN' } });
    expect(connection.get()).toBe('refused');
  });

  it('finds the code in a pasted address or a bare code, and nothing in other text', () => {
    expect(codeFrom(' http://127.0.0.1:5199/?code=abcDEF_123-abcDEF_123-x \n')).toBe(
      'abcDEF_123-abcDEF_123-x',
    );
    expect(codeFrom('abcDEF_123-abcDEF_123-x')).toBe('abcDEF_123-abcDEF_123-x');
    expect(codeFrom('http://127.0.0.1:5199/')).toBeNull();
    expect(codeFrom('hello')).toBeNull();
  });
});
