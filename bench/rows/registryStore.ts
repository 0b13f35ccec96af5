import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackend } from '../../electron/core/backend';
import { STORE_FILE } from '../../electron/core/store/openStore';
import { emptyStore, type StoreData } from '../../electron/core/store/schema';
import { generatePartnerships } from '../../tests/fixtures/generatePartnerships';

/** The size of a national association's registry (DOMAIN.md): the scale the rows below are judged at. */
export const REGISTRY_SIZE = 30_000;

/**
 * A valid store holding `count` generated partnerships, for a German home town (the
 * generator gives every link German as a working language).
 */
export function registryStore(count: number): StoreData {
  const base = emptyStore();
  return {
    ...base,
    municipality: [
      {
        id: 'municipality',
        rev: 1,
        updatedAt: '2025-01-01T00:00:00.000Z',
        name: 'Landshut',
        country: 'DE',
        region: 'Bayern',
        population: 73_411,
        languages: ['de'],
        coordinates: { lat: 48.5371, lon: 12.1512 },
      },
    ],
    partnerships: generatePartnerships(count),
  };
}

const texts = new Map<number, string>();

/** Writes that store into `dir` as the app would find it (generated once per process and size). */
export async function seedRegistry(dir: string, count = REGISTRY_SIZE): Promise<void> {
  let text = texts.get(count);
  if (text === undefined) {
    text = JSON.stringify(registryStore(count));
    texts.set(count, text);
  }
  await writeFile(join(dir, STORE_FILE), text, { mode: 0o600 });
}

/**
 * What opening the data folder costs, in two steps: createBackend (lock, read, JSON.parse,
 * schema validation, wiring), then the first `partnership:list`, which builds the sorted,
 * folded index the list and its filters work on and sends every summary to the window.
 */
export async function openRegistry(dir: string): Promise<{ open: number; firstList: number }> {
  const started = performance.now();
  const backend = await createBackend({
    dataDir: dir,
    transport: 'browser',
    appVersion: 'bench',
    log: { error: () => undefined },
  });
  const opened = performance.now();
  const listed = await backend.dispatch('partnership:list', {});
  const done = performance.now();
  await backend.close();
  if (!listed.ok) throw new Error(`partnership:list failed: ${JSON.stringify(listed.error)}`);
  if ((listed.data as unknown[]).length === 0) throw new Error('The seeded registry came back empty');
  return { open: opened - started, firstList: done - opened };
}

// Run as a child process (`node --import tsx bench/rows/registryStore.ts --open DIR`): prints
// openRegistry's two timings as JSON, in a fresh process (as at app start), modules already loaded.
const at = process.argv.indexOf('--open');
if (at >= 0) {
  const dir = process.argv[at + 1];
  if (!dir) throw new Error('--open needs a folder');
  process.stdout.write(`${JSON.stringify(await openRegistry(dir))}\n`);
  process.exit(0);
}
