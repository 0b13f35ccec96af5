import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = join('places', 'places.tsv');

/**
 * The bundled gazetteer folder (resources/data/places). The module sits at a different
 * depth in the sources (tsx, vitest) and in the build (out/main), so look upward; a
 * packaged app has it in its resources folder.
 */
export function findPlacesDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'data', PROBE))) return join(packaged, 'data', 'places');
  let dir = start;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'resources', 'data', PROBE))) return join(dir, 'resources', 'data', 'places');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`The gazetteer (${PROBE}) was not found above ${start}`);
}
