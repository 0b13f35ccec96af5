import { request as httpRequest } from 'node:http';
import { createBackend } from '../../electron/core/backend';
import { buziasOrnans, sampleContent } from '../../electron/core/sample/data/agreements';
import { sampleCommittees } from '../../electron/core/sample/data/committees';
import { startBackendWorker } from '../../electron/core/worker/workerBackend';
import { TOKEN_HEADER } from '../../electron/host/guard';
import { startHost, type Host } from '../../electron/host/server';
import { row, stats, type BenchContext, type BenchRow } from '../measure';
import { openTab } from '../../tests/integration/host/tab';
import { seedRegistry } from './registryStore';

const quiet = { error: () => undefined };

function invoke(host: Host, secret: string, channel: string, input: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/api/invoke',
        method: 'POST',
        headers: {
          host: `127.0.0.1:${host.port}`,
          [TOKEN_HEADER]: secret,
          'content-type': 'application/json',
        },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => ((JSON.parse(body) as { ok: boolean }).ok ? resolve() : reject(new Error(body))));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ channel, input }));
  });
}

/** The longest stretch this thread's event loop could not run a 1 ms timer, while `work` runs. */
async function longestBlock(work: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(0, longest);
}

/**
 * Browser mode as `npm run web` runs it: the host on this thread, the backend in its worker,
 * a 30,000-link store. Twenty checklist edits through HTTP; the row is the longest time the
 * host's loop (the thread that serves the window) was blocked meanwhile.
 */
export async function mainBlockedEdit30k(ctx: BenchContext): Promise<BenchRow[]> {
  const dir = await ctx.scratch('blocked');
  await seedRegistry(dir);
  const backend = await startBackendWorker({
    backend: { dataDir: dir, transport: 'browser', appVersion: 'bench' },
    log: quiet,
  });
  const host = await startHost({ backend, rendererDir: ctx.rendererDir });
  const secret = await openTab(host);
  try {
    const listed = await backend.dispatch('partnership:list', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const ids = (listed.data as { id: string }[]).slice(0, 20).map((p) => p.id);
    const samples: number[] = [];
    const idle: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      samples.push(
        await longestBlock(async () => {
          for (const [i, partnershipId] of ids.entries()) {
            await invoke(host, secret, 'health:save', {
              partnershipId,
              key: 1 + (i % 10),
              done: run % 2 === 0,
              evidence: '',
            });
          }
        }),
      );
      // The same time with nothing to do: what the machine alone does to a 1 ms timer.
      const took = performance.now() - started;
      idle.push(await longestBlock(() => new Promise((resolve) => setTimeout(resolve, took))));
    }
    return [
      row('main.blocked.edit.30k', 'ms', stats(samples), 16, 'p95'),
      row('main.blocked.idle-baseline', 'ms', stats(idle), 16, 'p95'),
    ];
  } finally {
    await host.close();
    await backend.close();
  }
}

/** A data folder holding the Buziaș–Ornans charter, as a committee would have it. */
async function seedCharter(dir: string): Promise<string> {
  const backend = await createBackend({
    dataDir: dir,
    transport: 'browser',
    appVersion: 'bench',
    log: quiet,
  });
  try {
    const committee = sampleCommittees.buzias;
    await backend.dispatch('municipality:save', committee.municipality);
    await backend.dispatch('committee:save', committee.committee);
    const saved = await backend.dispatch('partnership:save', committee.partnership);
    if (!saved.ok) throw new Error(saved.error.message);
    const partnershipId = (saved.data as { id: string }).id;
    const agreement = await backend.dispatch('agreement:save', {
      partnershipId,
      content: sampleContent(buziasOrnans),
    });
    if (!agreement.ok) throw new Error(agreement.error.message);
    return partnershipId;
  } finally {
    await backend.close();
  }
}

/** The first charter preview after the app has been up 2 s: the worker warmed its PDF engine meanwhile. */
export async function pdfFirstAfterStart(ctx: BenchContext): Promise<BenchRow[]> {
  const dir = await ctx.scratch('first-pdf');
  const partnershipId = await seedCharter(dir);
  const samples: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < 5; run++) {
    const backend = await startBackendWorker({
      backend: { dataDir: dir, transport: 'browser', appVersion: 'bench' },
      log: quiet,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const started = performance.now();
      const result = await backend.dispatch('document:render', {
        kind: 'agreement',
        params: { partnershipId },
      });
      const first = performance.now() - started;
      samples.push(first);
      if (!result.ok) throw new Error(result.error.message);
      // The same render once more in the same worker: the first should cost no more than a warm one.
      const again = performance.now();
      await backend.dispatch('document:render', { kind: 'agreement', params: { partnershipId } });
      ratios.push(first / (performance.now() - again));
    } finally {
      await backend.close();
    }
  }
  return [
    row('pdf.agreement.first-after-start', 'ms', stats(samples), 150),
    row('pdf.agreement.first-after-start.vs-warm', 'ratio', stats(ratios), 1.5),
  ];
}
