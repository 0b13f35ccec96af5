import { createBackend } from '../../electron/core/backend';
import { TOKEN_HEADER } from '../../electron/host/guard';
import { startHost } from '../../electron/host/server';
import { measure, row, type BenchContext, type BenchRow } from '../measure';

/** Browser-mode transport: a real host on loopback, one `committee:get` over HTTP with the token. */
export async function ipcRoundtrip(ctx: BenchContext): Promise<BenchRow[]> {
  const backend = await createBackend({
    dataDir: await ctx.scratch('ipc'),
    transport: 'browser',
    appVersion: 'bench',
  });
  const host = await startHost({ backend, rendererDir: ctx.rendererDir });
  const call = async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token },
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
