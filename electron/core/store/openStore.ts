import { access, chmod, constants, mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreProblem } from '../../../shared/domain/appStatus';
import { copyLegacyImages, readLegacyNames, removeLegacyImages } from '../attachments/legacyImages';
import { backupDir, fileStamp, writeSnapshot } from './backups';
import { sweepAllTempFiles, sweepTempFiles, writeFileDurable } from './durableFile';
import { parseStoreText } from './readStoreFile';
import { emptyStore, type StoreData } from './schema';
import { isPermissionError } from './writeErrors';

export const STORE_FILE = 'store.json';

export type OpenedStore =
  | { kind: 'ready'; path: string; data: StoreData; readOnly: boolean; created: boolean }
  | { kind: 'problem'; path: string; problem: StoreProblem };

export interface OpenStoreOptions {
  /** The caller already knows the folder cannot be written (e.g. no lock file could be made). */
  readOnly?: boolean;
}

async function isWritable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Renames a damaged file to a name no other kept file has: rename() replaces its target
 * silently, and two damaged files in one millisecond (or a clock set back) must both survive.
 * The caller holds the folder's lock, so checking for a free name first is not racy.
 * The kept copy holds personal data: it is made owner-only like every file the app writes,
 * whatever mode it arrived with (best effort: some file systems have no such modes).
 */
async function moveAside(dataDir: string, path: string, now: Date): Promise<string> {
  for (let n = 0; ; n++) {
    const movedTo = join(dataDir, `store.damaged-${fileStamp(now)}${n === 0 ? '' : `-${n}`}.json`);
    if (await exists(movedTo)) continue;
    await rename(path, movedTo);
    await chmod(movedTo, 0o600).catch(() => undefined);
    return movedTo;
  }
}

/**
 * Reads, classifies and (when needed) migrates the store file. A file that cannot be
 * used is never written over: a damaged one is renamed aside, a newer one left alone.
 */
export async function openStore(
  dataDir: string,
  now: () => Date,
  options: OpenStoreOptions = {},
): Promise<OpenedStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, STORE_FILE);
  // A read-only folder keeps its stale temp files; they are never the live store anyway.
  await sweepTempFiles(dataDir, STORE_FILE).catch(() => 0);
  await sweepAllTempFiles(backupDir(dataDir)).catch(() => 0);

  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return createFresh(dataDir, path, options.readOnly ?? false);
    return {
      kind: 'problem',
      path,
      problem: { code: 'UNREADABLE', movedTo: null, detail: (error as Error).message, foundVersion: null },
    };
  }

  const readOnly = (options.readOnly ?? false) || !(await isWritable(path)) || !(await isWritable(dataDir));
  // Coats of arms of version 5 are copied into attachments/ before the store names them there.
  const legacyImages = readOnly ? await readLegacyNames(dataDir) : await copyLegacyImages(dataDir);
  const parsed = parseStoreText(text, { legacyImages });
  if (parsed.kind === 'problem') {
    if (parsed.code === 'TOO_NEW' || readOnly) {
      return { kind: 'problem', path, problem: { ...parsed, movedTo: null } };
    }
    let movedTo: string | null;
    try {
      movedTo = await moveAside(dataDir, path, now());
    } catch (error) {
      // Could not rename (a share or a stick that refuses it): leave the file where it is.
      movedTo = null;
      parsed.detail = `${parsed.detail}; it could not be moved aside: ${(error as Error).message}`;
    }
    return {
      kind: 'problem',
      path,
      problem: { code: parsed.code, detail: parsed.detail, movedTo, foundVersion: null },
    };
  }

  if (parsed.migratedFrom !== null && !readOnly) {
    await writeSnapshot(dataDir, text, 'migration', now());
    await writeFileDurable(path, JSON.stringify(parsed.data));
  }
  if (!readOnly) await removeLegacyImages(dataDir, legacyImages);
  return { kind: 'ready', path, data: parsed.data, readOnly, created: false };
}

async function createFresh(dataDir: string, path: string, forcedReadOnly: boolean): Promise<OpenedStore> {
  const data = emptyStore();
  let readOnly = forcedReadOnly || !(await isWritable(dataDir));
  if (!readOnly) {
    try {
      await writeFileDurable(path, JSON.stringify(data));
    } catch (error) {
      // A folder that refuses the first write is read-only in practice; a full disk is not:
      // the first save will try again and report DISK_FULL if it still cannot write.
      if (!isPermissionError(error)) return { kind: 'ready', path, data, readOnly: false, created: false };
      readOnly = true;
    }
  }
  return { kind: 'ready', path, data, readOnly, created: !readOnly };
}
