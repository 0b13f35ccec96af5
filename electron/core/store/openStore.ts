import { access, constants, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreProblem } from '../../../shared/domain/appStatus';
import { copyLegacyImages, readLegacyNames, removeLegacyImages } from '../attachments/legacyImages';
import { backupDir, writeSnapshot } from './backups';
import { sweepAllTempFiles, sweepTempFiles, writeFileDurable } from './durableFile';
import { parseStoreText } from './readStoreFile';
import { emptyStore, type StoreData } from './schema';
import { isPermissionError } from './writeErrors';
import { Journal, JOURNAL_FILE } from './journal';
import { moveAside } from './moveAside';
import { replayJournal } from './replay';

export const STORE_FILE = 'store.json';

export type OpenedStore =
  | {
      kind: 'ready';
      path: string;
      data: StoreData;
      readOnly: boolean;
      created: boolean;
      /** Where commits are appended; null when the folder is read-only. */
      journal: Journal | null;
    }
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
  await sweepTempFiles(dataDir, JOURNAL_FILE).catch(() => 0);
  if (!options.readOnly) await sweepAllTempFiles(backupDir(dataDir)).catch(() => 0);

  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return createFresh(dataDir, path, options.readOnly ?? false, now());
    return {
      kind: 'problem',
      path,
      problem: { code: 'UNREADABLE', movedTo: null, detail: (error as Error).message, foundVersion: null },
    };
  }

  const readOnly = (options.readOnly ?? false) || !(await isWritable(path)) || !(await isWritable(dataDir));
  // Coats of arms of version 5 are copied into attachments/ before the store names them there.
  const legacyImages = readOnly ? await readLegacyNames(dataDir) : await copyLegacyImages(dataDir);
  const parsed = parseStoreText(text, { legacyImages, now: now() });
  if (parsed.kind === 'problem') {
    if (parsed.code === 'TOO_NEW' || readOnly) {
      return { kind: 'problem', path, problem: { ...parsed, movedTo: null } };
    }
    let movedTo: string | null;
    try {
      movedTo = await moveAside(dataDir, path, now());
      // The journal continues a file that is gone: kept beside it, never replayed onto a new store.
      if (await exists(join(dataDir, JOURNAL_FILE))) {
        await moveAside(dataDir, join(dataDir, JOURNAL_FILE), now(), 'journal', 'log');
      }
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
  const replayed = await replayJournal(dataDir, parsed.data, readOnly, now);
  if (replayed.kind === 'problem') return { kind: 'problem', path, problem: replayed.problem };
  return { kind: 'ready', path, data: replayed.data, readOnly, created: false, journal: replayed.journal };
}

/**
 * Writes `data` as the whole store and starts an empty journal: for a new store, and for
 * one put in place by a restore or a hand-over. A journal left from before is emptied after
 * the snapshot is durable, so a crash in between leaves only entries the snapshot already holds
 * (their revisions are not above its own) and those are skipped when opening.
 */
export async function writeFreshStore(dataDir: string, data: StoreData): Promise<Journal> {
  await writeFileDurable(join(dataDir, STORE_FILE), JSON.stringify(data));
  await writeFileDurable(join(dataDir, JOURNAL_FILE), '');
  return Journal.open(join(dataDir, JOURNAL_FILE), 0, 0);
}

async function createFresh(
  dataDir: string,
  path: string,
  forcedReadOnly: boolean,
  now: Date,
): Promise<OpenedStore> {
  const data = emptyStore(now);
  let readOnly = forcedReadOnly || !(await isWritable(dataDir));
  let journal: Journal | null = null;
  if (!readOnly) {
    try {
      journal = await writeFreshStore(dataDir, data);
    } catch (error) {
      // A folder that refuses the first write is read-only in practice; a full disk is not:
      // the first save will try again and report DISK_FULL if it still cannot write.
      if (!isPermissionError(error))
        return { kind: 'ready', path, data, readOnly: false, created: false, journal };
      readOnly = true;
    }
  }
  return { kind: 'ready', path, data, readOnly, created: !readOnly, journal };
}
