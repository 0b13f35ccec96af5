import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FILES, FORMAT_VERSION, PLACE_FIELDS, SEPARATOR, type GazetteerMeta } from './format';

/**
 * The gazetteer as loaded: each place's line kept as text and parsed only when that place is
 * shown, plus the columns every search reads (population, country, variants, order).
 */
export interface PlaceColumns {
  size: number;
  lines: string[];
  population: Uint32Array;
  /** Index into `meta.countries` per row. */
  country: Uint8Array;
  regions: string[];
  /** Search key, place row and spelling slot of each variant. */
  variantKey: string[];
  variantPlace: Int32Array;
  variantSlot: Uint8Array;
  /** Word starts sorted by key: variant * OFFSET_SPAN + offset. */
  order: Uint32Array;
  meta: GazetteerMeta;
}

function uint32s(bytes: Buffer, name: string): Uint32Array {
  if (bytes.length % 4 !== 0) throw new Error(`${name} is damaged (length ${bytes.length})`);
  const values = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < values.length; i++) values[i] = bytes.readUInt32LE(i * 4);
  return values;
}

function lines(text: string): string[] {
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

function expectLength(name: string, actual: number, expected: number): void {
  if (actual !== expected)
    throw new Error(`${name} has ${actual} entries, expected ${expected}: rebuild with npm run data:places`);
}

/** Reads resources/data/places: a few large reads and line splits, no per-place parsing. */
export async function readPlaces(dir: string): Promise<PlaceColumns> {
  const read = (file: string) => readFile(join(dir, file));
  const text = async (file: string) => (await read(file)).toString('utf8');
  const [places, keys, slots, counts, order, population, country, regions, meta] = await Promise.all([
    text(FILES.places),
    text(FILES.keys),
    read(FILES.slots),
    read(FILES.counts),
    read(FILES.order),
    read(FILES.population),
    read(FILES.country),
    text(FILES.regions),
    text(FILES.meta),
  ]);
  const info = JSON.parse(meta) as GazetteerMeta;
  if (info.format !== FORMAT_VERSION)
    throw new Error(`Gazetteer format ${info.format}, expected ${FORMAT_VERSION}`);
  const c: PlaceColumns = {
    size: info.places,
    lines: lines(places),
    population: uint32s(population, FILES.population),
    country: new Uint8Array(country),
    regions: JSON.parse(regions) as string[],
    variantKey: lines(keys),
    variantPlace: new Int32Array(info.variants),
    variantSlot: new Uint8Array(slots),
    order: uint32s(order, FILES.order),
    meta: info,
  };
  expectLength(FILES.places, c.lines.length, info.places);
  expectLength(FILES.population, c.population.length, info.places);
  expectLength(FILES.country, c.country.length, info.places);
  expectLength(FILES.counts, counts.length, info.places);
  expectLength(FILES.keys, c.variantKey.length, info.variants);
  expectLength(FILES.slots, c.variantSlot.length, info.variants);
  expectLength(FILES.order, c.order.length, info.entries);
  // Variants are in row order, so each row's count says where the next row's begin.
  let variant = 0;
  for (let row = 0; row < counts.length; row++) {
    const count = counts[row] ?? 0;
    c.variantPlace.fill(row, variant, variant + count);
    variant += count;
  }
  expectLength(FILES.counts, variant, info.variants);
  return c;
}

/** The tab-separated fields of a place's line (see format.ts). */
export function fieldsOf(c: PlaceColumns, row: number): string[] {
  const fields = (c.lines[row] ?? '').split('\t');
  if (fields.length !== PLACE_FIELDS) throw new Error(`${FILES.places} line ${row + 1} is damaged`);
  return fields;
}

/** The spelling behind a slot: 0 the name, 1 the ASCII name, 2… the alternate names. */
export function spellingAt(c: PlaceColumns, row: number, slot: number): string {
  const f = fieldsOf(c, row);
  if (slot === 0) return f[1] ?? '';
  if (slot === 1) return f[2] || (f[1] ?? '');
  return (f[9] ?? '').split(SEPARATOR)[slot - 2] ?? '';
}

/** A place's name without parsing its whole line (for tie-breaks while ranking). */
export function nameOf(c: PlaceColumns, row: number): string {
  const line = c.lines[row] ?? '';
  const start = line.indexOf('\t') + 1;
  return line.slice(start, line.indexOf('\t', start));
}
