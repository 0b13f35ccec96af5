import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/core/backend';
import { startBackendWorker, workerScript } from '../../../../electron/core/worker/workerBackend';
import type { SecretStore } from '../../../../electron/core/sync/secrets';

const fakeCore = fileURLToPath(new URL('./fakeCore.mjs', import.meta.url));
const started: Backend[] = [];

function quietLog() {
  const lines: string[] = [];
  return {
    lines,
    log: { error: (message: string, detail?: unknown) => void lines.push(`${message} ${String(detail)}`) },
  };
}

async function fake(
  workerData: Record<string, unknown> = {},
  extra: { closeTimeoutMs?: number; secrets?: SecretStore } = {},
) {
  const { lines, log } = quietLog();
  const backend = await startBackendWorker({
    backend: { dataDir: '/unused', transport: 'browser', appVersion: 'test' },
    script: { file: fakeCore, workerData },
    log,
    ...extra,
  });
  started.push(backend);
  return { backend, lines };
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((backend) => backend.close()));
});

describe('the backend proxy on the main thread', () => {
  it('answers with what the worker answered and knows the status without asking', async () => {
    const { backend } = await fake();
    expect(backend.status().state).toBe('ready');
    expect(await backend.dispatch('nope', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('carries bytes to the worker and back as bytes, not as text', async () => {
    const { backend } = await fake();
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
    const result = await backend.dispatch('echo', { bytes, name: 'arms.png' });
    expect(result.ok).toBe(true);
    const data = (result as { data: { input: { bytes: Uint8Array; name: string }; isUint8Array: boolean } })
      .data;
    expect(data.isUint8Array).toBe(true);
    expect(data.input.bytes).toBeInstanceOf(Uint8Array);
    expect([...data.input.bytes]).toEqual([0, 1, 2, 253, 254, 255]);
    expect(data.input.name).toBe('arms.png');
  });

  it('copies a view over part of a larger buffer instead of detaching the buffer it belongs to', async () => {
    const { backend } = await fake();
    const body = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const part = body.subarray(2, 5);
    const result = await backend.dispatch('echo', { bytes: part });
    expect([...(result as { data: { input: { bytes: Uint8Array } } }).data.input.bytes]).toEqual([1, 2, 3]);
    expect([...body]).toEqual([9, 9, 1, 2, 3, 9]);
  });

  it('forwards the events the core emits to the subscribers on the main side, with the status they changed', async () => {
    const { backend } = await fake();
    const seen: unknown[] = [];
    backend.events.subscribe((event, payload) => seen.push([event, payload]));
    await backend.dispatch('emit', {});
    expect(seen).toEqual([['store:changed', { revision: 7 }]]);
    expect(backend.status().readOnly).toBe(true);
  });

  it('passes the core’s log lines to the logger it was given', async () => {
    const { backend, lines } = await fake();
    await backend.dispatch('log', {});
    expect(lines.join('\n')).toContain('Handler for log failed');
  });

  it('answers every pending and later call with CORE_STOPPED when the worker crashes', async () => {
    const { backend, lines } = await fake();
    const waiting = backend.dispatch('hang', {});
    const crashing = backend.dispatch('crash', {});
    expect(await crashing).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
    expect(await backend.dispatch('echo', {})).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
    expect(lines.join('\n')).toContain('the core fell over');
  });

  it('answers pending calls with CORE_STOPPED when the worker exits by itself', async () => {
    const { backend } = await fake();
    const result = await backend.dispatch('exit', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
    expect((result as { error: { message: string } }).error.message).toContain('code 3');
  });

  it('refuses calls made after close() with CORE_STOPPED and answers the ones the worker dropped', async () => {
    const { backend } = await fake();
    const slow = backend.dispatch('slow', {});
    const closed = backend.close();
    expect(await backend.dispatch('echo', {})).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
    await closed;
    // The fake answers 'closed' at once, before its slow answer: the proxy still never leaves it hanging.
    expect(await slow).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
  });

  it('stops a worker that does not close in time, so close() and pending calls never hang', async () => {
    const { backend, lines } = await fake({ ignoreClose: true }, { closeTimeoutMs: 100 });
    const waiting = backend.dispatch('hang', {});
    await backend.close();
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
    expect(lines.join('\n')).toContain('did not close within 100 ms');
  });

  it('says nothing about a timeout once the worker closed in time', async () => {
    const { backend, lines } = await fake({}, { closeTimeoutMs: 50 });
    await backend.close();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(lines.join('\n')).not.toContain('did not close');
  });

  it('rejects the start with the reason when the backend cannot open', async () => {
    await expect(fake({ failStart: true })).rejects.toThrow('the data folder is locked');
  });

  it('refuses input that cannot be cloned with a VALIDATION error instead of throwing', async () => {
    const { backend } = await fake();
    expect(await backend.dispatch('echo', { callback: () => 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('where the worker code is found', () => {
  it('runs the TypeScript entry through the tsx bootstrap from the sources', () => {
    const script = workerScript('file:///repo/electron/core/worker/workerBackend.ts');
    expect(script.file).toBe('/repo/electron/core/worker/tsxBootstrap.mjs');
    expect(script.entry).toBe('file:///repo/electron/core/worker/entry.ts');
  });

  it('names the missing worker.js when a build lacks it', () => {
    expect(() => workerScript('file:///nowhere/out/main/main.js')).toThrow('worker.js');
  });
});

describe("the shell's secret store, asked from the worker", () => {
  const memoryStore = (): SecretStore & { kept: Map<string, string> } => {
    const kept = new Map<string, string>();
    return {
      kept,
      state: () => Promise.resolve({ available: true }),
      read: (name) => Promise.resolve(kept.get(name) ?? null),
      write: (name, value) => Promise.resolve(void kept.set(name, value)),
      remove: (name) => Promise.resolve(void kept.delete(name)),
    };
  };

  it('answers the core with what the shell keeps', async () => {
    const secrets = memoryStore();
    const { backend } = await fake({}, { secrets });
    expect(await backend.dispatch('secret', { op: 'write', name: 'sync:a', value: 'pw' })).toMatchObject({
      ok: true,
      data: { type: 'secretReply', ok: true },
    });
    expect(secrets.kept.get('sync:a')).toBe('pw');
    expect(await backend.dispatch('secret', { op: 'read', name: 'sync:a' })).toMatchObject({
      data: { ok: true, value: 'pw' },
    });
    expect(await backend.dispatch('secret', { op: 'state' })).toMatchObject({
      data: { ok: true, value: { available: true } },
    });
  });

  it('refuses, as a value, where the shell has no secret store (browser mode)', async () => {
    const { backend } = await fake();
    expect(await backend.dispatch('secret', { op: 'read', name: 'sync:a' })).toMatchObject({
      data: { ok: false, message: expect.stringMatching(/no secret store/) },
    });
  });

  it("passes the shell store's refusal on", async () => {
    const secrets: SecretStore = {
      ...memoryStore(),
      write: () => Promise.reject(new Error('The OS cannot keep secrets here (encryption_unavailable)')),
    };
    const { backend } = await fake({}, { secrets });
    expect(await backend.dispatch('secret', { op: 'write', name: 'a', value: 'b' })).toMatchObject({
      data: { ok: false, message: expect.stringMatching(/encryption_unavailable/) },
    });
  });
});
