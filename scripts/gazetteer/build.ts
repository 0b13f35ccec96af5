import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  encodePlace,
  FILES,
  FORMAT_VERSION,
  MAX_ALTERNATE_NAMES,
  type GazetteerMeta,
  type PlaceRecord,
} from '../../electron/core/data/places/format';
import { fixRomanianCedillas } from '../../shared/domain/placeNames';
import { attributionText } from './attribution';
import { GONE_FEATURE_CODES, isAdminCodeList, parseGeonamesLine, type GeonamesRow } from './geonames';
import { cleanAlternateNames, restoreRomanianDiacritics, toAscii } from './names';
import { buildSearchTables, uint32Bytes } from './searchOrder';

export interface BuildOptions {
  citiesFile: string;
  admin1File: string;
  admin2File: string;
  outDir: string;
  countries: readonly string[];
  /** name@version of the packages the files come from, recorded in meta.json and ATTRIBUTION.md. */
  sourcePackage: string;
  adminNamesPackage: string;
  localNames: ReadonlyMap<number, string>;
}

export interface BuildSummary {
  meta: GazetteerMeta;
  regions: number;
  withoutAdmin1: number;
  /** Places whose district code GeoNames gives but whose name the admin2 table lacks. */
  withoutAdmin2Name: number;
  bytes: Record<string, number>;
}

async function readAdminNames(file: string): Promise<Map<string, string>> {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!isAdminCodeList(parsed)) throw new Error(`${file} is not a list of { code, name }`);
  return new Map(parsed.map(({ code, name }) => [code, fixRomanianCedillas(name.trim(), code.slice(0, 2))]));
}

function chooseName(row: GeonamesRow, localNames: ReadonlyMap<number, string>): string {
  const local = localNames.get(row.geonameId);
  if (local === undefined) {
    return restoreRomanianDiacritics(
      fixRomanianCedillas(row.name, row.country),
      row.alternateNames,
      row.country,
    );
  }
  if (!row.alternateNames.includes(local)) {
    throw new Error(
      `GeoNames no longer lists "${local}" for ${row.geonameId} (${row.name}); update localNames.ts`,
    );
  }
  return local;
}

// GeoNames writes 00 where a country has no district between region and town.
const hasDistrict = (row: GeonamesRow) => !/^0*$/.test(row.admin2Code);

function toRecord(
  row: GeonamesRow,
  options: BuildOptions,
  admin1: Map<string, string>,
  admin2: Map<string, string>,
) {
  const name = chooseName(row, options.localNames);
  const renamed = name !== fixRomanianCedillas(row.name, row.country);
  const asciiName = renamed ? toAscii(name) : row.asciiName || toAscii(name);
  // A renamed place keeps its GeoNames name ("Bucharest") as an alternate.
  const raw = renamed ? [row.name, ...row.alternateNames] : row.alternateNames;
  const record: PlaceRecord = {
    geonameId: row.geonameId,
    name,
    asciiName,
    country: row.country,
    admin1: admin1.get(`${row.country}.${row.admin1Code}`) ?? '',
    admin2: hasDistrict(row) ? (admin2.get(`${row.country}.${row.admin1Code}.${row.admin2Code}`) ?? '') : '',
    population: row.population,
    lat: row.lat,
    lon: row.lon,
    alternateNames: cleanAlternateNames(raw, row.country, [name, asciiName]).slice(0, MAX_ALTERNATE_NAMES),
  };
  if (/[\t\n|]/.test(record.name + record.asciiName))
    throw new Error(`Unexpected separator in ${row.geonameId}`);
  return record;
}

/** Builds resources/data/places/ from GeoNames files; the same input gives byte-identical output. */
export async function buildGazetteer(options: BuildOptions): Promise<BuildSummary> {
  const [admin1, admin2, text] = await Promise.all([
    readAdminNames(options.admin1File),
    readAdminNames(options.admin2File),
    readFile(options.citiesFile, 'utf8'),
  ]);
  const countries = [...new Set(options.countries)].sort();
  const wanted = new Set(countries);
  const records: PlaceRecord[] = [];
  let sourceDate = '';
  let withoutAdmin2Name = 0;
  for (const line of text.split('\n')) {
    const row = parseGeonamesLine(line);
    if (!row) continue;
    if (row.modified > sourceDate) sourceDate = row.modified;
    if (!wanted.has(row.country) || GONE_FEATURE_CODES.has(row.featureCode)) continue;
    const record = toRecord(row, options, admin1, admin2);
    if (hasDistrict(row) && record.admin2 === '') withoutAdmin2Name += 1;
    records.push(record);
  }
  records.sort((a, b) => a.geonameId - b.geonameId);

  const regions = [...new Set(records.flatMap((r) => [r.admin1, r.admin2]).filter((n) => n !== ''))].sort();
  const regionIndex = new Map(regions.map((name, index) => [name, index]));
  const countryIndex = new Map(countries.map((code, index) => [code, index]));
  const tables = buildSearchTables(records);
  const meta: GazetteerMeta = {
    format: FORMAT_VERSION,
    source: 'GeoNames cities500',
    sourcePackage: options.sourcePackage,
    sourceDate,
    adminNamesPackage: options.adminNamesPackage,
    countries,
    places: records.length,
    alternateNames: records.reduce((sum, r) => sum + r.alternateNames.length, 0),
    variants: tables.keys.length,
    entries: tables.order.length,
  };

  const files: Record<string, string | Buffer> = {
    [FILES.places]: records.map((r) => encodePlace(r, (n) => regionIndex.get(n) ?? null)).join('\n') + '\n',
    [FILES.keys]: tables.keys.join('\n') + '\n',
    [FILES.slots]: Buffer.from(tables.slots),
    [FILES.counts]: Buffer.from(tables.counts),
    [FILES.order]: uint32Bytes(tables.order),
    [FILES.population]: uint32Bytes(records.map((r) => r.population)),
    [FILES.country]: Buffer.from(records.map((r) => countryIndex.get(r.country) ?? 0)),
    [FILES.regions]: JSON.stringify(regions) + '\n',
    [FILES.meta]: JSON.stringify(meta, null, 2) + '\n',
    'ATTRIBUTION.md': attributionText(meta),
  };
  await mkdir(options.outDir, { recursive: true });
  const bytes: Record<string, number> = {};
  for (const [file, content] of Object.entries(files)) {
    await writeFile(join(options.outDir, file), content);
    bytes[file] = (await stat(join(options.outDir, file))).size;
  }
  return {
    meta,
    regions: regions.length,
    withoutAdmin1: records.filter((r) => r.admin1 === '').length,
    withoutAdmin2Name,
    bytes,
  };
}
