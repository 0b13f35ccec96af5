import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserBridge } from '../../../../renderer/api/browserTransport';
import { connection } from '../../../../renderer/api/connection';
import { decodeFrame, encodeFrame, FRAME_TYPE } from '../../../../shared/ipc/frame';

interface Sent {
  headers: Record<string, string>;
  body: unknown;
}

function fakeHost(answer: () => Response) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit = {}) => {
    sent.push({ headers: (init.headers ?? {}) as Record<string, string>, body: init.body });
    return Promise.resolve(answer());
  });
  return sent;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  sessionStorage.setItem('twinning-desk-secret', 'tab-secret');
  connection.set('connected');
});
afterEach(() => vi.unstubAllGlobals());

describe('bytes through the browser-mode transport', () => {
  it('sends a coat of arms as raw bytes in a binary frame, not as text inside JSON', async () => {
    const sent = fakeHost(
      () => new Response(JSON.stringify({ ok: true, data: { file: 'arms-1.png', mime: 'image/png' } })),
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    const result = await createBrowserBridge().invoke('agreement:addImage', { bytes: png });
    expect(result).toEqual({ ok: true, data: { file: 'arms-1.png', mime: 'image/png' } });
    expect(sent[0]?.headers['Content-Type']).toBe(FRAME_TYPE);
    const decoded = decodeFrame(sent[0]?.body as Uint8Array);
    expect(decoded).toEqual({ ok: true, value: { channel: 'agreement:addImage', input: { bytes: png } } });
  });

  it('reads a PDF the host answered in a frame back as bytes, beside its file name', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7');
    const answer = { ok: true, data: { bytes: pdf, fileName: 'charter.pdf', mime: 'application/pdf' } };
    fakeHost(() => new Response(encodeFrame(answer), { headers: { 'content-type': FRAME_TYPE } }));
    const result = await createBrowserBridge().invoke('document:render', {
      kind: 'agreement',
      params: { partnershipId: 'p1' },
    });
    expect(result).toEqual(answer);
    expect(result.ok && result.data.bytes).toBeInstanceOf(Uint8Array);
  });

  it('keeps sending plain JSON when nothing in the input is bytes', async () => {
    const sent = fakeHost(() => new Response(JSON.stringify({ ok: true, data: null })));
    await createBrowserBridge().invoke('committee:get', {});
    expect(sent[0]?.headers['Content-Type']).toBe('application/json');
    expect(sent[0]?.body).toBe(JSON.stringify({ channel: 'committee:get', input: {} }));
  });
});
