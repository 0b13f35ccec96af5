import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CountryLists, type CountryList, type Programme } from '../../../../shared/domain/funding/programme';
import { readProgramme, type ProgrammeProblem } from '../../../../shared/domain/funding/readProgramme';

const COUNTRIES = 'countries.json';

/** The bundled programme folder (resources/data/funding), found as the gazetteer's is. */
export function findFundingDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'data', 'funding', COUNTRIES)))
    return join(packaged, 'data', 'funding');
  let dir = start;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'resources', 'data', 'funding', COUNTRIES)))
      return join(dir, 'resources', 'data', 'funding');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`The funding programmes (${COUNTRIES}) were not found above ${start}`);
}

export interface FundingData {
  programmes: Programme[];
  countryLists: CountryList[];
  /** Files refused, each with what is wrong (naming the rule). */
  refused: { file: string; problems: ProgrammeProblem[] }[];
}

/** Reads every shipped programme file; a bad file is refused whole and named, the others still load. */
export function readFundingData(dir: string): FundingData {
  const refused: FundingData['refused'] = [];
  const programmes: Programme[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== COUNTRIES)
    .sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      refused.push({
        file,
        problems: [{ code: 'invalid', item: null, path: [], message: `Not JSON: ${(e as Error).message}` }],
      });
      continue;
    }
    const read = readProgramme(raw);
    if (read.ok) programmes.push(read.programme);
    else refused.push({ file, problems: read.problems });
  }
  const lists = CountryLists.parse(JSON.parse(readFileSync(join(dir, COUNTRIES), 'utf8')));
  return { programmes, countryLists: lists.lists, refused };
}
