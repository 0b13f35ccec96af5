import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const BACKUP_DIR = 'backups';

export type SnapshotReason = 'migration' | 'restore' | 'import' | 'periodic' | 'manual';

/** Stamps sort as text in time order and are safe in file names on every OS. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Copies the store's text, byte for byte, into backups/ before it is changed. */
export async function writeSnapshot(
  dataDir: string,
  text: string,
  reason: SnapshotReason,
  now: Date,
): Promise<string> {
  const dir = join(dataDir, BACKUP_DIR);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `store-${fileStamp(now)}-${reason}.json`);
  await writeFile(path, text, { mode: 0o600, flag: 'wx' });
  return path;
}
