import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/core/backend';
import { openStore, STORE_FILE } from '../../electron/core/store/openStore';
import { measure, measurePair, row, type BenchContext, type BenchRow, type Stats } from '../measure';
import { REGISTRY_SIZE, seedRegistry } from './registryStore';

/** A quiet logger: the rows fail loudly on an error result instead. */
const log = { error: () => undefined };

/** The median of many `health:save` calls through dispatch, each ticking or unticking one key of another link. */
async function editTimings(ctx: BenchContext, count: number): Promise<Stats> {
  const dir = await ctx.scratch(`edit${count}`);
  await seedRegistry(dir, count);
  const backend: Backend = await createBackend({
    dataDir: dir,
    transport: 'browser',
    appVersion: 'bench',
    log,
  });
  try {
    const listed = await backend.dispatch('partnership:list', {});
    if (!listed.ok) throw new Error(JSON.stringify(listed.error));
    const ids = (listed.data as { id: string }[]).map((s) => s.id);
    let n = 0;
    return await measure(
      async () => {
        n++;
        const partnershipId = ids[(n * 7919) % ids.length] as string;
        const result = await backend.dispatch('health:save', {
          partnershipId,
          key: 3,
          done: n % 2 === 0,
          evidence: '',
        });
        if (!result.ok) throw new Error(`health:save failed: ${JSON.stringify(result.error)}`);
      },
      // Under the compaction threshold: a compaction is background work, measured by store.open.
      { warmup: 10, runs: 60 },
    );
  } finally {
    await backend.close();
  }
}

/**
 * `store.edit.30k`: one edit through dispatch in the 30,000-link store (validation, the
 * transaction, invariants, an fsync'd journal entry, the change event, the list view carried
 * over); `store.edit.ratio`: the same edit at 30,000 links over at 300, measured in this run.
 */
export async function storeEdit30k(ctx: BenchContext): Promise<BenchRow[]> {
  const small = await editTimings(ctx, 300);
  const large = await editTimings(ctx, REGISTRY_SIZE);
  const ratio: Stats = { median: large.median / small.median, p95: large.p95 / small.p95, samples: [] };
  return [row('store.edit.30k', 'ms', large, 15), row('store.edit.ratio', 'ratio', ratio, 2)];
}

/**
 * `store.open.30k.ratio`: opening the 30,000-link store (read, parse, migrate-check, storage
 * schema, journal replay) over a bare JSON.parse of the same bytes, alternated in one run.
 */
export async function storeOpenRatio30k(ctx: BenchContext): Promise<BenchRow[]> {
  const dir = await ctx.scratch('openratio');
  await seedRegistry(dir);
  const now = () => new Date();
  const path = join(dir, STORE_FILE);
  const { ratio } = await measurePair(
    async () => {
      const opened = await openStore(dir, now, { readOnly: true });
      if (opened.kind !== 'ready') throw new Error(opened.problem.detail);
    },
    async () => JSON.parse(await readFile(path, 'utf8')) as unknown,
    { warmup: 1, runs: 7 },
  );
  // The cold-start time itself is the row store.open.30k-partnerships (bench/rows/partnerships.ts).
  return [row('store.open.30k.ratio', 'ratio', ratio, 2.5)];
}
