import { randomBytes } from 'node:crypto';
import { access, link, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_SUFFIX = '.tmp';

const tempNameFor = (file: string) =>
  join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);

/** Writes a 0600 temp file beside `file` and fsyncs it; returns its path. */
async function writeTemp(file: string, data: string | Uint8Array): Promise<string> {
  const temp = tempNameFor(file);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temp, 'wx', 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    return temp;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Replaces `file` with `data` so that a crash at any moment leaves either the old or
 * the new content: write a uniquely named 0600 temp file, fsync it, rename it over the
 * target, then fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileDurable(file: string, data: string | Uint8Array): Promise<void> {
  const temp = await writeTemp(file, data);
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(file));
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Like writeFileDurable, but never replaces a file already there: it fails with EEXIST.
 * A hard link is atomic and refuses an existing target; on a file system without hard
 * links (FAT on a USB stick) the caller's lock makes check-then-rename safe enough.
 */
export async function writeNewFileDurable(file: string, data: string | Uint8Array): Promise<void> {
  const temp = await writeTemp(file, data);
  try {
    try {
      await link(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw error;
      if (await exists(file)) throw Object.assign(new Error(`EEXIST: ${file}`), { code: 'EEXIST' });
      await rename(temp, file);
    }
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
  await syncFolder(dirname(file));
}

export async function syncFolder(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a folder; the rename is as durable as NTFS makes it.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Removes temp files a killed writer left behind (they are never the live store). */
export async function sweepTempFiles(dir: string, file: string): Promise<number> {
  const prefix = `.${basename(file)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
  return stale.length;
}

/** Removes every temp file a killed writer left in `dir`, whatever file it was for. */
export async function sweepAllTempFiles(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => n.startsWith('.') && n.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
  return stale.length;
}
