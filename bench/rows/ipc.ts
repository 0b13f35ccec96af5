import { createBackend } from '../../electron/core/backend';
import { CODE_HEADER, TOKEN_HEADER } from '../../electron/host/guard';
import { startHost } from '../../electron/host/server';
import { measure, row, type BenchContext, type BenchRow } from '../measure';

/** Browser-mode transport: a real host on loopback, one `committee:get` over HTTP with a tab's secret. */
export async function ipcRoundtrip(ctx: BenchContext): Promise<BenchRow[]> {
  const backend = await createBackend({
    dataDir: await ctx.scratch('ipc'),
    transport: 'browser',
    appVersion: 'bench',
  });
  const host = await startHost({ backend, rendererDir: ctx.rendererDir });
  // As a tab does on first load: the URL's one-time code becomes the tab's secret.
  const session = await fetch(`http://127.0.0.1:${host.port}/api/session`, {
    method: 'POST',
    headers: { [CODE_HEADER]: new URL(host.url).searchParams.get('code') ?? '' },
  });
  const { secret } = (await session.json()) as { secret: string };
  const call = async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: secret },
      body: JSON.stringify({ channel: 'committee:get', input: {} }),
    });
    const result = (await response.json()) as { ok: boolean };
    if (!result.ok) throw new Error(`committee:get failed: ${JSON.stringify(result)}`);
  };
  try {
    return [row('ipc.roundtrip', 'ms', await measure(call, { warmup: 30, runs: 300 }), 5, 'p95')];
  } finally {
    await host.close();
    await backend.close();
  }
}
