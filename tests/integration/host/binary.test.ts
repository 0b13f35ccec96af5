import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { startBackendWorker } from '../../../electron/core/worker/workerBackend';
import { TOKEN_HEADER } from '../../../electron/host/guard';
import { MAX_BODY_BYTES, startHost, type Host } from '../../../electron/host/server';
import { buziasOrnans, sampleContent } from '../../../electron/core/sample/data/agreements';
import { sampleCommittees } from '../../../electron/core/sample/data/committees';
import { MAX_ARCHIVE_BYTES } from '../../../shared/domain/handover';
import { hasBytes } from '../../../shared/ipc/bytes';
import { decodeFrame, encodeFrame, FRAME_TYPE } from '../../../shared/ipc/frame';
import { removeDir, tempDataDir } from '../helpers/backend';
import { openTab } from './tab';

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let dir: string;
let backend: Backend;
let host: Host;
let partnershipId: string;
let secret: string;

interface Reply {
  status: number;
  type: string;
  body: Buffer;
}

function post(type: string, body: Uint8Array | string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/api/invoke',
        method: 'POST',
        headers: { host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: secret, 'content-type': type },
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: res.headers['content-type'] ?? '',
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    // A body over the limit is cut off by the host; the reply still arrives.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    req.end(body);
  });
}

/** The answers below, loosely: each test reads the fields its channel returns. */
interface Answer {
  ok: boolean;
  data: { bytes: Uint8Array; fileName: string; mime: string; size: number; file: string };
  error: { code: string; issues: { path: unknown[]; code: string }[] };
}

/** What the browser transport does: a frame when the input holds bytes, JSON otherwise; the answer read alike. */
async function invoke(
  channel: string,
  input: unknown,
): Promise<{ status: number; framed: boolean; result: Answer }> {
  const reply = hasBytes(input)
    ? await post(FRAME_TYPE, encodeFrame({ channel, input }))
    : await post('application/json', JSON.stringify({ channel, input }));
  const framed = reply.type.startsWith(FRAME_TYPE);
  if (!framed)
    return { status: reply.status, framed, result: JSON.parse(reply.body.toString('utf8')) as Answer };
  const decoded = decodeFrame(reply.body);
  if (!decoded.ok) throw new Error(decoded.reason);
  return { status: reply.status, framed, result: decoded.value as Answer };
}

beforeAll(async () => {
  dir = await tempDataDir('twinning-binary-');
  backend = await startBackendWorker({
    backend: { dataDir: dir, transport: 'browser', appVersion: '0.0.0-test' },
    log: { error: () => undefined },
  });
  const committee = sampleCommittees.buzias;
  await backend.dispatch('municipality:save', committee.municipality);
  await backend.dispatch('committee:save', committee.committee);
  const saved = await backend.dispatch('partnership:save', committee.partnership);
  if (!saved.ok) throw new Error(saved.error.message);
  partnershipId = (saved.data as { id: string }).id;
  const agreement = await backend.dispatch('agreement:save', {
    partnershipId,
    content: sampleContent(buziasOrnans),
  });
  if (!agreement.ok) throw new Error(agreement.error.message);
  host = await startHost({ backend, rendererDir: dir });
  secret = await openTab(host);
  // Starting a worker from the sources compiles the core in it: slow on a busy machine, not broken.
}, 120_000);
afterAll(async () => {
  await host?.close();
  await backend?.close();
  await removeDir(dir);
});

describe('bytes through the browser-mode host and the backend worker', () => {
  it('prints the charter as PDF bytes in a binary answer, with the file name beside them', async () => {
    const { status, framed, result } = await invoke('document:render', {
      kind: 'agreement',
      params: { partnershipId },
    });
    expect(status).toBe(200);
    expect(framed).toBe(true);
    expect(result.ok).toBe(true);
    expect(result.data.fileName).toMatch(/^charter-.*-draft\.pdf$/);
    expect(result.data.mime).toBe('application/pdf');
    const pdf = Buffer.from(result.data.bytes);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('stores a coat of arms sent as bytes and gives back the very same bytes', async () => {
    const added = await invoke('agreement:addImage', { bytes: new Uint8Array(PNG_1PX) });
    expect(added.result).toMatchObject({ ok: true, data: { mime: 'image/png' } });
    const read = await invoke('agreement:image', { file: added.result.data.file });
    expect(read.framed).toBe(true);
    expect(Buffer.from(read.result.data.bytes).equals(PNG_1PX)).toBe(true);
  });

  it('hands over the data folder as a zip in bytes that the same host takes back', async () => {
    const exported = await invoke('handover:export', { includeBackups: false });
    const zip = exported.result.data.bytes;
    expect(Buffer.from(zip.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect(exported.result.data.size).toBe(zip.byteLength);
    const imported = await invoke('handover:import', { bytes: zip });
    expect(imported.result).toMatchObject({ ok: true, data: { committeeName: expect.any(String) } });
  });

  it('answers a call without bytes in plain JSON, as before', async () => {
    const reply = await invoke('committee:get', {});
    expect(reply.framed).toBe(false);
    expect(reply.result.ok).toBe(true);
  });

  it('no longer takes a coat of arms as base64 text, and says which field is wrong', async () => {
    const { result } = await invoke('agreement:addImage', { bytes: PNG_1PX.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(result.error.issues[0]).toMatchObject({ path: ['bytes'], code: 'bytes_expected' });
  });

  it('refuses an archive over the hand-over limit by its size, as a field error, nothing imported', async () => {
    const { status, result } = await invoke('handover:import', {
      bytes: new Uint8Array(MAX_ARCHIVE_BYTES + 1),
    });
    expect(status).toBe(200);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(result.error.issues[0]).toMatchObject({ path: ['bytes'], code: 'too_big' });
  });

  it('still refuses a body over the host’s limit with TOO_LARGE before anything reaches the core', async () => {
    const reply = await post(FRAME_TYPE, new Uint8Array(MAX_BODY_BYTES + 1024));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body.toString('utf8'))).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE' },
    });
  });

  it('refuses a damaged frame with 400 and a reason, and any other body type with 415', async () => {
    const damaged = await post(FRAME_TYPE, new Uint8Array([0, 0, 0, 9, 1]));
    expect(damaged.status).toBe(400);
    expect(JSON.parse(damaged.body.toString('utf8'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await post('application/octet-stream', new Uint8Array([1]))).status).toBe(415);
    expect((await post('text/plain', 'hello')).status).toBe(415);
  });
});
