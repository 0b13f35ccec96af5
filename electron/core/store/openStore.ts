import { access, constants, mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreProblem } from '../../../shared/domain/appStatus';
import { fileStamp, writeSnapshot } from './backups';
import { sweepTempFiles, writeFileDurable } from './durableFile';
import { parseStoreText } from './readStoreFile';
import { emptyStore, type StoreData } from './schema';

export const STORE_FILE = 'store.json';

export type OpenedStore =
  | { kind: 'ready'; path: string; data: StoreData; readOnly: boolean; created: boolean }
  | { kind: 'problem'; path: string; problem: StoreProblem };

async function isWritable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads, classifies and (when needed) migrates the store file. A file that cannot be
 * used is never written over: a damaged one is renamed aside, a newer one left alone.
 */
export async function openStore(dataDir: string, now: () => Date): Promise<OpenedStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, STORE_FILE);
  await sweepTempFiles(dataDir, STORE_FILE);

  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const data = emptyStore();
      const readOnly = !(await isWritable(dataDir));
      if (!readOnly) await writeFileDurable(path, JSON.stringify(data));
      return { kind: 'ready', path, data, readOnly, created: true };
    }
    return {
      kind: 'problem',
      path,
      problem: { code: 'UNREADABLE', movedTo: null, detail: (error as Error).message, foundVersion: null },
    };
  }

  const parsed = parseStoreText(text);
  const readOnly = !(await isWritable(path)) || !(await isWritable(dataDir));
  if (parsed.kind === 'problem') {
    if (parsed.code === 'TOO_NEW' || readOnly) {
      return { kind: 'problem', path, problem: { ...parsed, movedTo: null } };
    }
    const movedTo = join(dataDir, `store.damaged-${fileStamp(now())}.json`);
    await rename(path, movedTo);
    return { kind: 'problem', path, problem: { code: parsed.code, detail: parsed.detail, movedTo, foundVersion: null } };
  }

  if (parsed.migratedFrom !== null && !readOnly) {
    await writeSnapshot(dataDir, text, 'migration', now());
    await writeFileDurable(path, JSON.stringify(parsed.data));
  }
  return { kind: 'ready', path, data: parsed.data, readOnly, created: false };
}
