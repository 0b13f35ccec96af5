// npm run bench: runs every row of bench/rows/index.ts, writes bench/results.json and prints a table.
// Targets are reported, never asserted: a missed target is a finding to investigate, not a crash.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureBuild } from '../scripts/ensureBuild.mjs';
import { withScratch, type BenchRow } from './measure';
import { rowFunctions } from './rows/index';

const root = join(import.meta.dirname, '..');
const outDir = process.env.TWINNING_OUT_DIR ?? 'out';
ensureBuild(root, { quiet: true });

// `npm run bench -- pdf ipc` runs only the row functions whose names contain one of the words
// (case-insensitive) and leaves bench/results.json as it was.
const only = process.argv.slice(2).map((w) => w.toLowerCase());
const selected =
  only.length === 0
    ? rowFunctions
    : rowFunctions.filter((fn) => only.some((w) => fn.name.toLowerCase().includes(w)));

const rows: BenchRow[] = [];
let errors = 0;
await withScratch(async (scratch) => {
  const ctx = { root, rendererDir: join(root, outDir, 'renderer'), scratch };
  for (const fn of selected) {
    try {
      const made = await fn(ctx);
      rows.push(...made);
      for (const r of made) console.log(`measured ${r.name}`);
    } catch (error) {
      errors++;
      console.error(`${fn.name} failed:`, error);
    }
  }
});

const results = rows.map(({ name, unit, median, p95, target, ok }) => ({
  name,
  unit,
  median,
  p95,
  target,
  ok,
}));
if (only.length === 0)
  await writeFile(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const header = ['row', 'unit', 'median', 'p95', 'target', 'ok'];
const lines = rows.map((r) => [
  r.name,
  r.unit,
  fmt(r.median),
  fmt(r.p95),
  `${r.on} ≤ ${r.target}`,
  r.ok ? 'yes' : 'MISSED',
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
const print = (cells: string[]) =>
  console.log(
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '),
  );
console.log('');
print(header);
for (const line of lines) print(line);
const where =
  only.length === 0 ? 'results in bench/results.json' : 'a partial run: bench/results.json left as it was';
console.log(`\n${rows.filter((r) => r.ok).length} of ${rows.length} rows within target; ${where}`);
process.exit(errors > 0 ? 1 : 0);
