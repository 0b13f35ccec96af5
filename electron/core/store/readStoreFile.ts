import { z } from 'zod';
import type { StoreProblemCode } from '../../../shared/domain/appStatus';
import { migrate, migrations, NO_CONTEXT, type MigrationContext } from './migrations';
import { CURRENT_SCHEMA_VERSION, parseStorage, type StoreData } from './schema';

export type ParsedStore =
  | { kind: 'ok'; data: StoreData; migratedFrom: number | null }
  | { kind: 'problem'; code: StoreProblemCode; detail: string; foundVersion: number | null };

const Versioned = z.object({ schemaVersion: z.int().min(1) });

/**
 * Classifies the text of a store file. Pure: the caller decides what to do with a
 * damaged file (never overwrite it). lowdb's own reader would treat `null`, `0` or
 * `""` as "no data" and let the next write replace the file; this does not.
 */
export function parseStoreText(raw: string, context: MigrationContext = NO_CONTEXT): ParsedStore {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return problem('EMPTY', 'The store file is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return problem('NOT_JSON', `The store file is not valid JSON: ${(error as Error).message}`);
  }
  const versioned = Versioned.safeParse(json);
  if (!versioned.success) return problem('INVALID', 'The store file has no valid schema version');
  const found = versioned.data.schemaVersion;
  if (found > CURRENT_SCHEMA_VERSION) {
    return {
      kind: 'problem',
      code: 'TOO_NEW',
      detail: `The store was written by a newer version (schema ${found}; this app reads up to ${CURRENT_SCHEMA_VERSION})`,
      foundVersion: found,
    };
  }
  let upgraded: unknown;
  try {
    upgraded = migrate(json, found, migrations, context);
  } catch (error) {
    return problem('INVALID', `The store could not be upgraded: ${(error as Error).message}`);
  }
  const parsed = parseStorage(upgraded);
  if (!parsed.ok) {
    return problem('INVALID', `The store file does not match the expected structure (${parsed.where})`);
  }
  return { kind: 'ok', data: parsed.data, migratedFrom: found < CURRENT_SCHEMA_VERSION ? found : null };
}

function problem(code: StoreProblemCode, detail: string): ParsedStore {
  return { kind: 'problem', code, detail, foundVersion: null };
}
