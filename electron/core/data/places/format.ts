/**
 * The on-disk format of resources/data/places/, written by scripts/build-gazetteer.ts and
 * read by readPlaces.ts. Names are plain UTF-8 text (diffs and compresses well in git); what
 * search needs for every place is precomputed in small binary columns, so loading is reading
 * and splitting lines, with no per-place parsing. Binary files are little-endian uint32 or uint8.
 *
 * places.tsv   one place per line ("row"), sorted by GeoNames id, tab-separated: geonameId, name,
 *              asciiName ('' when equal to name), country, admin1 and admin2 (indexes into
 *              regions.json, '' when unknown), population, lat, lon, alternate names joined by '|'.
 * keys.txt     one search key (foldName of a spelling) per line: a "variant". A place's spellings
 *              are [name, asciiName, ...alternate names]; spellings that fold like an earlier one
 *              of the same place get no variant. Variants are in row order.
 * slots.bin    uint8 per variant: the index of its spelling in that list.
 * counts.bin   uint8 per row: how many variants the place has (so each variant's row follows).
 * order.bin    uint32 per word start of each variant: variant * OFFSET_SPAN + offset, sorted by the
 *              key from that offset (JS string order), so a prefix search is a binary search.
 * population.bin uint32 per row.   country.bin uint8 per row: index into meta.json's countries.
 */
export const FILES = {
  places: 'places.tsv',
  keys: 'keys.txt',
  slots: 'slots.bin',
  counts: 'counts.bin',
  order: 'order.bin',
  population: 'population.bin',
  country: 'country.bin',
  regions: 'regions.json',
  meta: 'meta.json',
} as const;
export const FORMAT_VERSION = 2;

export const SEPARATOR = '|';
export const PLACE_FIELDS = 10;
/** Word offsets are packed in the low byte; words starting later in a name are not indexed. */
export const OFFSET_SPAN = 256;
/** Spelling slots are one byte: name, asciiName and up to 254 alternate names. */
export const MAX_ALTERNATE_NAMES = 254;

export interface PlaceRecord {
  geonameId: number;
  name: string;
  asciiName: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
  lat: number;
  lon: number;
  alternateNames: string[];
}

export interface GazetteerMeta {
  format: number;
  source: string;
  sourcePackage: string;
  sourceDate: string;
  adminNamesPackage: string;
  /** Sorted; country.bin holds indexes into this list. */
  countries: string[];
  places: number;
  alternateNames: number;
  variants: number;
  entries: number;
}

/** Offsets of the words of a search key: 0 and each position after a space, below OFFSET_SPAN. */
export function wordOffsets(key: string): number[] {
  const offsets = key === '' ? [] : [0];
  for (let i = key.indexOf(' '); i !== -1 && i + 1 < OFFSET_SPAN; i = key.indexOf(' ', i + 1))
    offsets.push(i + 1);
  return offsets;
}

/** Encodes one place; `regionIndex` maps an admin name to its index in regions.json. */
export function encodePlace(p: PlaceRecord, regionIndex: (name: string) => number | null): string {
  const region = (name: string) => {
    const index = name === '' ? null : regionIndex(name);
    return index === null ? '' : String(index);
  };
  return [
    p.geonameId,
    p.name,
    p.asciiName === p.name ? '' : p.asciiName,
    p.country,
    region(p.admin1),
    region(p.admin2),
    p.population,
    p.lat,
    p.lon,
    p.alternateNames.join(SEPARATOR),
  ].join('\t');
}
