import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadGazetteer, type Gazetteer } from '../../electron/core/data/places/gazetteer';
import { findPlacesDir } from '../../electron/core/data/placesDir';
import { measure, measureSelfTimed, row, stats, type BenchRow } from '../measure';

/** Every keystroke of a name as the picker sends it (after the first letter). */
const typing = (name: string) => Array.from({ length: name.length - 1 }, (_, i) => name.slice(0, i + 2));

/**
 * What a secretary types: names as they are written, without accents, in other languages
 * and scripts, several words, with a country, and every keystroke of a few of them.
 */
const QUERIES: { query: string; country?: string }[] = [
  ...['Sibiu', 'Hermannstadt', 'Kolozsvár', 'Saint-Étienne'].flatMap((name) =>
    typing(name).map((query) => ({ query })),
  ),
  ...[
    'Bucuresti',
    'Pressburg',
    'munchen',
    'lodz',
    'Thessaloniki',
    'Київ',
    'Αθήνα',
    'Frankfurt oder',
    'main frankfurt',
  ].map((query) => ({ query })),
  ...['Neustadt', 'San', 'Roma', 'Villa', 'Sankt'].map((query) => ({ query })),
  { query: 'Roma', country: 'RO' },
  { query: 'sa', country: 'FR' },
  { query: 'Bad', country: 'DE' },
  { query: 'Nova', country: 'HR' },
];

/** The longest the event loop was held up while loading: what other requests would wait at worst. */
async function longestBlock(dir: string): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  await loadGazetteer(dir);
  delay.disable();
  return delay.max / 1e6;
}

/**
 * `places.load`: reading resources/data/places, as on first use in the core (main process or
 * browser-mode host, never the renderer); `places.load.block`: its longest synchronous stretch.
 */
export async function placesLoad(): Promise<BenchRow[]> {
  const dir = findPlacesDir();
  const load = await measure(() => loadGazetteer(dir), { warmup: 2, runs: 12 });
  const block = await measureSelfTimed(() => longestBlock(dir), { warmup: 1, runs: 8 });
  return [row('places.load', 'ms', load, 300), row('places.load.block', 'ms', block, 50)];
}

/** `places.search`: p95 of single searches over the whole gazetteer, ten results each. */
export async function placesSearch(): Promise<BenchRow[]> {
  const gazetteer: Gazetteer = await loadGazetteer(findPlacesDir());
  const once = ({ query, country }: { query: string; country?: string }) => {
    const started = performance.now();
    gazetteer.search({ query, country, limit: 10 });
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i++) QUERIES.forEach(once);
  const samples: number[] = [];
  for (let run = 0; run < 10; run++) for (const query of QUERIES) samples.push(once(query));
  return [row('places.search', 'ms', stats(samples), 10, 'p95')];
}
