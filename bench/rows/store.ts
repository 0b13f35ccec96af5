import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { writeFreshStore } from '../../electron/core/store/openStore';
import { emptyStore, type StoreData } from '../../electron/core/store/schema';
import { Store } from '../../electron/core/store/store';
import { measurePair, row, type BenchContext, type BenchRow, type MeasureOptions } from '../measure';

type Member = StoreData['members'][number];

function member(i: number): Member {
  const stamp = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Member ${i} Popescu-Dumitrescu`,
    role: i % 4 === 0 ? 'chair' : 'member',
    email: `member${i}@comitet-infratire.example.ro`,
    phone: '+40 265 000 000',
    termStart: '2024-01-01',
    termEnd: '2027-12-31',
    createdAt: stamp,
    updatedAt: stamp,
    rev: 1,
  };
}

/** A valid store whose JSON is about `bytes` long (a committee with very many members). */
export function storeOfSize(bytes: number): StoreData {
  const base = emptyStore();
  const each = JSON.stringify(member(0)).length + 1;
  const count = Math.max(0, Math.ceil((bytes - JSON.stringify(base).length) / each));
  return { ...base, members: Array.from({ length: count }, (_, i) => member(i)) };
}

/**
 * One Store transaction (copy on write, invariants, an fsync'd journal entry) against a bare
 * JSON.stringify + writeFile of the same data, in the same folder and run: since the journal,
 * a save costs what the change costs, not what the store weighs.
 */
async function storeSave(
  ctx: BenchContext,
  name: string,
  bytes: number,
  target: number,
  options: MeasureOptions,
): Promise<BenchRow[]> {
  const dir = await ctx.scratch(name);
  const data = storeOfSize(bytes);
  const store = new Store({
    path: join(dir, 'store.json'),
    data,
    readOnly: false,
    journal: await writeFreshStore(dir, data),
    openJournal: (current) => writeFreshStore(dir, current),
    now: () => new Date(),
    newId: randomUUID,
  });
  const baselineFile = join(dir, 'baseline.json');
  let months = 24;
  const { subject, ratio } = await measurePair(
    () =>
      store.transaction((tx) =>
        tx.patch('settings', 'settings', { dormantAfterMonths: (months = 1 + (months % 200)) }),
      ),
    () => writeFile(baselineFile, JSON.stringify(store.data)),
    options,
  );
  await store.close();
  return [row(name, 'ms', subject, target), row(`${name}.ratio`, 'ratio', ratio, 2)];
}

export const storeSave1mb = (ctx: BenchContext) =>
  storeSave(ctx, 'store.save.1mb', 1 << 20, 15, { warmup: 5, runs: 40 });
export const storeSave10mb = (ctx: BenchContext) =>
  storeSave(ctx, 'store.save.10mb', 10 << 20, 150, { warmup: 2, runs: 12 });
