import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  attachmentStore,
  ATTACHMENTS_DIR,
  holdsItsName,
  isAttachmentName,
} from '../attachments/attachmentStore';
import { LEGACY_NAMES_FILE, readLegacyNames } from '../attachments/legacyImages';
import { backupDir, parseBackupName } from '../store/backups';
import { writeFileDurable, writeNewFileDurable } from '../store/durableFile';
import { STORE_FILE } from '../store/openStore';

const LEGACY_PATH = `${ATTACHMENTS_DIR}/${LEGACY_NAMES_FILE}`;

/** The files a hand-over carries: the store, every attachment, and optionally the backups. */
export async function collectDataFolder(
  dataDir: string,
  includeBackups: boolean,
): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  files.set(STORE_FILE, await readFile(join(dataDir, STORE_FILE)));
  const attachments = attachmentStore(dataDir);
  for (const name of await attachments.list()) {
    const bytes = await attachments.read(name);
    if (bytes) files.set(`${ATTACHMENTS_DIR}/${name}`, bytes);
  }
  const legacy = await readLegacyNames(dataDir);
  if (legacy.size > 0)
    files.set(LEGACY_PATH, new TextEncoder().encode(JSON.stringify(Object.fromEntries(legacy))));
  if (includeBackups) {
    for (const name of await readdir(backupDir(dataDir)).catch(() => [] as string[])) {
      if (parseBackupName(name)) files.set(`backups/${name}`, await readFile(join(backupDir(dataDir), name)));
    }
  }
  return files;
}

/** The archive's attachments, each proved to hold the bytes its name says; null names the first that does not. */
export function archiveAttachments(files: ReadonlyMap<string, Uint8Array>): { damaged: string | null } {
  for (const [path, bytes] of files) {
    if (!path.startsWith(`${ATTACHMENTS_DIR}/`) || path === LEGACY_PATH) continue;
    const name = path.slice(ATTACHMENTS_DIR.length + 1);
    if (!isAttachmentName(name) || !holdsItsName(name, bytes)) return { damaged: path };
  }
  return { damaged: null };
}

const LegacyNames = z.record(z.string(), z.string());

/** The archive's record of version 5 image names, for migrating the stores it holds. */
export function archiveLegacyNames(files: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const bytes = files.get(LEGACY_PATH);
  if (!bytes) return new Map();
  try {
    const parsed = LegacyNames.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return new Map(parsed.success ? Object.entries(parsed.data).filter(([, v]) => isAttachmentName(v)) : []);
  } catch {
    return new Map();
  }
}

/**
 * Adds the archive's attachments to the attachment store. Names are content addresses, so
 * a file already there is the same file and nothing present is ever replaced or moved: no
 * folder is renamed, so no kill can leave the data folder without its attachments, and nothing
 * is kept aside to pile up. Returns an undo that removes only the files this call added and
 * puts the record of version 5 names back as it was.
 */
export async function installAttachments(
  dataDir: string,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<() => Promise<void>> {
  const store = attachmentStore(dataDir);
  const legacyPath = join(store.dir, LEGACY_NAMES_FILE);
  const added: string[] = [];
  let legacyBefore: Buffer | null | undefined;
  const undo = async () => {
    await Promise.all(added.map((name) => rm(store.pathOf(name), { force: true })));
    if (legacyBefore === null) await rm(legacyPath, { force: true });
    else if (legacyBefore !== undefined) await writeFileDurable(legacyPath, legacyBefore);
  };
  try {
    for (const [path, bytes] of files) {
      const name = path.slice(ATTACHMENTS_DIR.length + 1);
      if (!path.startsWith(`${ATTACHMENTS_DIR}/`) || !isAttachmentName(name)) continue;
      if (await store.exists(name)) continue;
      await store.add(bytes, name.slice(65));
      added.push(name);
    }
    const incoming = archiveLegacyNames(files);
    if (incoming.size > 0) {
      const before = await readFile(legacyPath).catch(() => null);
      const merged = new Map([...(await readLegacyNames(dataDir)), ...incoming]);
      const text = JSON.stringify(Object.fromEntries(merged), null, 2);
      if (before === null || before.toString('utf8') !== text) {
        legacyBefore = before;
        await writeFileDurable(legacyPath, text);
      }
    }
  } catch (error) {
    await undo().catch(() => undefined);
    throw error;
  }
  return undo;
}

/**
 * Adds the archive's snapshots to backups/, never replacing one already there. Returns an undo
 * that removes only the snapshots this call added.
 */
export async function addBackups(
  dataDir: string,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<() => Promise<void>> {
  const added: string[] = [];
  const undo = async () => {
    await Promise.all(added.map((name) => rm(join(backupDir(dataDir), name), { force: true })));
  };
  try {
    await mkdir(backupDir(dataDir), { recursive: true, mode: 0o700 });
    for (const [path, bytes] of files) {
      const name = path.slice('backups/'.length);
      if (!path.startsWith('backups/') || !parseBackupName(name)) continue;
      try {
        await writeNewFileDurable(join(backupDir(dataDir), name), bytes);
        added.push(name);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } catch (error) {
    await undo().catch(() => undefined);
    throw error;
  }
  return undo;
}
