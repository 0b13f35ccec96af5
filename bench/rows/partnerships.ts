import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/core/backend';
import { findPlacesDir } from '../../electron/core/data/placesDir';
import { row, stats, type BenchContext, type BenchRow } from '../measure';
import { seedRegistry } from './registryStore';

/** Every prefix of a word, as a slow typist's filter sends it once the typing pauses. */
export const keystrokes = (word: string): string[] =>
  Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1));

/**
 * What a secretary types into the registry's filter: town names, keystroke by keystroke
 * (the first letters match nearly every link), regions, contacts, two words, and the
 * text together with a status, kind or country.
 */
export const FILTER_QUERIES: { text: string; status?: 'active'; kind?: 'friendship'; country?: string }[] = [
  ...['Sibiu', 'Landshut', 'Besancon', 'Gorlitz'].flatMap((name) =>
    keystrokes(name).map((text) => ({ text })),
  ),
  ...[
    'Bayern',
    'Toscana',
    'Popescu',
    'Müller',
    'Sankt',
    'Nord-',
    'Ober Landshut',
    'zwolle overijssel',
    'Καλαμάτα',
    'Пловдив',
  ].map((text) => ({ text })),
  { text: 'a', status: 'active' },
  { text: 's', country: 'DE' },
  { text: 'lu', kind: 'friendship' },
];

/** Partner search by name while a committee types it (each keystroke after the first letter). */
const NAME_SEARCHES = [
  ...keystrokes('Hermannstadt')
    .slice(1)
    .map((name) => ({ name })),
  { name: 'Sibiu' },
  { name: 'Besançon', wantedCountries: ['FR'] },
  { name: 'Neustadt', size: 'any' as const },
];

/** Partner search without a name: every place in the gazetteer through the filters. */
const SCANS = [
  {},
  { wantedCountries: ['RO'] },
  { maxDistanceKm: 300 },
  { wantedCountries: ['FR', 'IT'], themes: ['culture' as const, 'youth' as const] },
  { size: 'any' as const, excludedCountries: ['DE', 'AT', 'CH'] },
];

function coldOpen(root: string, dir: string): Promise<{ open: number; firstList: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'bench', 'rows', 'registryStore.ts'), '--open', dir],
      { cwd: root },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        const timings = JSON.parse(out) as { open: number; firstList: number };
        if (code === 0 && Number.isFinite(timings.open) && Number.isFinite(timings.firstList))
          return resolve(timings);
      } catch {
        // reported below with the output
      }
      reject(new Error(`Opening the registry exited with ${code}: ${out}${err}`));
    });
  });
}

/**
 * `store.open.30k-partnerships`: a data folder holding 30,000 links opened in a fresh
 * process as at app start (lock, read, parse, validation); `partnerships.first-list.30k`:
 * the first registry list after it (index built, 30,000 summaries validated and sent).
 */
export async function storeOpen30k(ctx: BenchContext): Promise<BenchRow[]> {
  const dir = await ctx.scratch('open30k');
  await seedRegistry(dir);
  await coldOpen(ctx.root, dir);
  const runs: { open: number; firstList: number }[] = [];
  for (let i = 0; i < 7; i++) runs.push(await coldOpen(ctx.root, dir));
  return [
    row('store.open.30k-partnerships', 'ms', stats(runs.map((r) => r.open)), 1000),
    row('partnerships.first-list.30k', 'ms', stats(runs.map((r) => r.firstList)), 500),
  ];
}

async function withRegistry<T>(
  ctx: BenchContext,
  prefix: string,
  run: (backend: Backend) => Promise<T>,
): Promise<T> {
  const dir = await ctx.scratch(prefix);
  await seedRegistry(dir);
  const backend = await createBackend({
    dataDir: dir,
    transport: 'browser',
    appVersion: 'bench',
    placesDir: findPlacesDir(),
  });
  try {
    return await run(backend);
  } finally {
    await backend.close();
  }
}

/** Times one dispatch (validation of input and output included), failing loudly on an error result. */
async function timedCall(backend: Backend, channel: string, input: unknown): Promise<number> {
  const started = performance.now();
  const result = await backend.dispatch(channel, input);
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return elapsed;
}

/** `partnerships.filter.30k`: p95 of `partnership:list` with a text filter over 30,000 links. */
export async function partnershipsFilter30k(ctx: BenchContext): Promise<BenchRow[]> {
  return withRegistry(ctx, 'filter30k', async (backend) => {
    await timedCall(backend, 'partnership:list', {});
    for (const query of FILTER_QUERIES) await timedCall(backend, 'partnership:list', query);
    const samples: number[] = [];
    for (let run = 0; run < 8; run++)
      for (const query of FILTER_QUERIES) samples.push(await timedCall(backend, 'partnership:list', query));
    return [row('partnerships.filter.30k', 'ms', stats(samples), 50, 'p95')];
  });
}

/**
 * `partnerSearch.name.30k` (p95 while typing a name) and `partnerSearch.scan.30k` (a search
 * without a name, which ranks the whole gazetteer), with 30,000 links marking towns as
 * already partners.
 */
export async function partnerSearch30k(ctx: BenchContext): Promise<BenchRow[]> {
  return withRegistry(ctx, 'search30k', async (backend) => {
    const all = [...NAME_SEARCHES, ...SCANS];
    for (const criteria of all) await timedCall(backend, 'partnerSearch:run', criteria);
    const byName: number[] = [];
    const scans: number[] = [];
    for (let run = 0; run < 5; run++) {
      for (const criteria of NAME_SEARCHES)
        byName.push(await timedCall(backend, 'partnerSearch:run', criteria));
      for (const criteria of SCANS) scans.push(await timedCall(backend, 'partnerSearch:run', criteria));
    }
    return [
      row('partnerSearch.name.30k', 'ms', stats(byName), 50, 'p95'),
      row('partnerSearch.scan.30k', 'ms', stats(scans), 300),
    ];
  });
}
