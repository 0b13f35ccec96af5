import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeNewFileDurable } from './durableFile';

export const BACKUP_DIR = 'backups';

export const SNAPSHOT_REASONS = ['migration', 'restore', 'import', 'handover', 'periodic', 'manual'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** store-<stamp>-<reason>[-n].json; the id of a backup is its file name. */
const NAME = /^store-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z]+)(?:-(\d{1,4}))?\.json$/;

export interface BackupFile {
  id: string;
  createdAt: Date;
  reason: SnapshotReason;
  size: number;
}

/** Stamps sort as text in time order and are safe in file names on every OS. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function stampToDate(stamp: string): Date {
  const [date, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
}

/** Parses a backup file name; anything else in the folder (or a path) is not a backup. */
export function parseBackupName(name: string): Omit<BackupFile, 'size'> | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const reason = SNAPSHOT_REASONS.find((r) => r === match[2]);
  const createdAt = stampToDate(match[1] as string);
  if (!reason || Number.isNaN(createdAt.getTime())) return null;
  return { id: name, createdAt, reason };
}

export const backupDir = (dataDir: string) => join(dataDir, BACKUP_DIR);

/**
 * Writes a snapshot durably (temp file, fsync, rename, fsync the folder) under a name no
 * other snapshot has, so a crash never leaves a truncated file under a backup's name.
 */
export async function writeSnapshot(
  dataDir: string,
  bytes: string | Uint8Array,
  reason: SnapshotReason,
  now: Date,
): Promise<string> {
  const dir = backupDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Two snapshots in the same millisecond (a restore right after a manual one) get a suffix.
  for (let n = 0; n < 1000; n++) {
    const path = join(dir, `store-${fileStamp(now)}-${reason}${n === 0 ? '' : `-${n}`}.json`);
    try {
      await writeNewFileDurable(path, bytes);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error('Too many snapshots in one millisecond');
}

/**
 * Snapshots the store file as it is on disk, byte for byte: the bytes the store just wrote
 * durably, rather than a second serialisation of memory that could differ from them.
 */
export async function snapshotStoreFile(
  dataDir: string,
  storePath: string,
  reason: SnapshotReason,
  now: Date,
): Promise<string> {
  return writeSnapshot(dataDir, await readFile(storePath), reason, now);
}

/** Every backup in the folder, newest first. */
export async function listBackups(dataDir: string): Promise<BackupFile[]> {
  const dir = backupDir(dataDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const found: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (info?.isFile()) found.push({ ...parsed, size: info.size });
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
}

/** Reads one backup by id; null when the id is not a backup name or the file is gone. */
export async function readBackup(dataDir: string, id: string): Promise<string | null> {
  if (!parseBackupName(id)) return null;
  try {
    return await readFile(join(backupDir(dataDir), id), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function removeBackup(dataDir: string, id: string): Promise<void> {
  if (parseBackupName(id)) await rm(join(backupDir(dataDir), id), { force: true });
}
