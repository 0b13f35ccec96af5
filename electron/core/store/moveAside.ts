import { access, chmod, constants, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileStamp } from './backups';

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
export async function moveAside(
  dataDir: string,
  path: string,
  now: Date,
  kind = 'store',
  ext = 'json',
): Promise<string> {
  for (let n = 0; ; n++) {
    const movedTo = join(dataDir, `${kind}.damaged-${fileStamp(now)}${n === 0 ? '' : `-${n}`}.${ext}`);
    if (await exists(movedTo)) continue;
    await rename(path, movedTo);
    await chmod(movedTo, 0o600).catch(() => undefined);
    return movedTo;
  }
}
