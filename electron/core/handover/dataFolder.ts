import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { backupDir, fileStamp, parseBackupName } from '../store/backups';
import { STORE_FILE } from '../store/openStore';

export const ATTACHMENTS_DIR = 'attachments';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

const toArchivePath = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** The files a hand-over carries: the store, every attachment, and optionally the backups. */
export async function collectDataFolder(
  dataDir: string,
  includeBackups: boolean,
): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  files.set(STORE_FILE, await readFile(join(dataDir, STORE_FILE)));
  for (const path of await walk(join(dataDir, ATTACHMENTS_DIR))) {
    files.set(toArchivePath(dataDir, path), await readFile(path));
  }
  if (includeBackups) {
    for (const name of await readdir(backupDir(dataDir)).catch(() => [] as string[])) {
      if (parseBackupName(name)) files.set(`backups/${name}`, await readFile(join(backupDir(dataDir), name)));
    }
  }
  return files;
}

async function writePrivate(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, bytes, { mode: 0o600, flag: 'wx' });
}

/**
 * Puts an archive's attachments in place: they are written to a staging folder first,
 * the present folder is kept under a dated name, then the staging folder takes its place.
 * Returns an undo that puts the previous folder back.
 */
export async function installAttachments(
  dataDir: string,
  files: ReadonlyMap<string, Uint8Array>,
  now: Date,
): Promise<() => Promise<void>> {
  const incoming = [...files].filter(([path]) => path.startsWith(`${ATTACHMENTS_DIR}/`));
  if (incoming.length === 0) return async () => undefined;
  const staging = join(dataDir, `${ATTACHMENTS_DIR}.incoming-${fileStamp(now)}`);
  const live = join(dataDir, ATTACHMENTS_DIR);
  const kept = join(dataDir, `${ATTACHMENTS_DIR}.before-import-${fileStamp(now)}`);
  try {
    for (const [path, bytes] of incoming)
      await writePrivate(join(staging, path.slice(ATTACHMENTS_DIR.length + 1)), bytes);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  let movedAside = false;
  try {
    await rename(live, kept);
    movedAside = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(staging, live);
  return async () => {
    await rm(live, { recursive: true, force: true });
    if (movedAside) await rename(kept, live);
  };
}

/** Adds the archive's snapshots to backups/, never replacing one already there. */
export async function addBackups(dataDir: string, files: ReadonlyMap<string, Uint8Array>): Promise<number> {
  let added = 0;
  for (const [path, bytes] of files) {
    const name = path.slice('backups/'.length);
    if (!path.startsWith('backups/') || !parseBackupName(name)) continue;
    try {
      await writePrivate(join(backupDir(dataDir), name), bytes);
      added += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return added;
}
