import {
  GEONAMES_ID_PREFIX,
  placeIdFromGeonameId,
  type Place,
  type PlaceMatch,
} from '../../../../shared/domain/place';
import { SEPARATOR } from './format';
import { fieldsOf, readPlaces, spellingAt, type PlaceColumns } from './readPlaces';
import { searchPlaces, type SearchOptions } from './searchIndex';

export type { SearchOptions } from './searchIndex';

/** The loaded gazetteer of Europe: search by name, look-up by id, and every place for ranking. */
export class Gazetteer {
  private readonly cache = new Map<number, Place>();
  private everyPlace: readonly Place[] | null = null;

  constructor(private readonly columns: PlaceColumns) {}

  get size(): number {
    return this.columns.size;
  }

  /** Where the data comes from (GeoNames), its date, the package versions and the countries. */
  get meta() {
    return this.columns.meta;
  }

  search(options: SearchOptions): PlaceMatch[] {
    return searchPlaces(this.columns, options).map(({ row, slot, quality }) => ({
      place: this.placeAt(row),
      matchedName: slot < 2 ? null : spellingAt(this.columns, row, slot),
      quality,
    }));
  }

  /** A place by its id (`gn-<geonameId>`), or null when the gazetteer has no such place. */
  get(id: string): Place | null {
    const row = this.rowOf(id);
    return row === null ? null : this.placeAt(row);
  }

  /** The alternate names of a place (Latin, Greek and Cyrillic), for "also known as". */
  alternateNames(id: string): string[] {
    const row = this.rowOf(id);
    const joined = row === null ? '' : (fieldsOf(this.columns, row)[9] ?? '');
    return joined === '' ? [] : joined.split(SEPARATOR);
  }

  /** Every place, parsed once on first call (for ranking candidates by distance or size). */
  all(): readonly Place[] {
    this.everyPlace ??= Array.from({ length: this.columns.size }, (_, row) => this.placeAt(row));
    return this.everyPlace;
  }

  /** Lines are sorted by GeoNames id, so the row is found by binary search. */
  private rowOf(id: string): number | null {
    if (!id.startsWith(GEONAMES_ID_PREFIX)) return null;
    const wanted = Number(id.slice(GEONAMES_ID_PREFIX.length));
    if (!Number.isSafeInteger(wanted)) return null;
    let lo = 0;
    let hi = this.columns.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const found = Number.parseInt(this.columns.lines[mid] ?? '', 10);
      if (found === wanted) return mid;
      if (found < wanted) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  private placeAt(row: number): Place {
    const cached = this.cache.get(row);
    if (cached) return cached;
    const f = fieldsOf(this.columns, row);
    const region = (field: string | undefined) => (field ? (this.columns.regions[Number(field)] ?? '') : '');
    const geonameId = Number(f[0]);
    const name = f[1] ?? '';
    const place: Place = {
      id: placeIdFromGeonameId(geonameId),
      name,
      asciiName: f[2] || name,
      country: f[3] ?? '',
      admin1: region(f[4]),
      admin2: region(f[5]),
      population: Number(f[6]),
      lat: Number(f[7]),
      lon: Number(f[8]),
      geonameId,
      source: 'geonames',
    };
    this.cache.set(row, place);
    return place;
  }
}

/** Reads resources/data/places: a few file reads and line splits, so it is quick and mostly I/O. */
export async function loadGazetteer(dir: string): Promise<Gazetteer> {
  return new Gazetteer(await readPlaces(dir));
}

export interface LazyGazetteer {
  readonly dir: string;
  /** Loads the data on first call; later calls share the same load. */
  get(): Promise<Gazetteer>;
}

export function lazyGazetteer(
  dir: string,
  load: (dir: string) => Promise<Gazetteer> = loadGazetteer,
): LazyGazetteer {
  let loading: Promise<Gazetteer> | null = null;
  return {
    dir,
    get() {
      loading ??= load(dir).catch((error: unknown) => {
        loading = null; // a failed load (say, a missing file) is tried again next time
        throw error;
      });
      return loading;
    },
  };
}
