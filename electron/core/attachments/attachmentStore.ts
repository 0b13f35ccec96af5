import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { sweepAllTempFiles, writeNewFileDurable } from '../store/durableFile';

export const ATTACHMENTS_DIR = 'attachments';

/** `<sha256 of the bytes>.<extension>`: the name says what the file holds, so it never changes. */
export const ATTACHMENT_NAME = /^[0-9a-f]{64}\.[a-z0-9]{1,8}$/;
export const isAttachmentName = (name: string) => ATTACHMENT_NAME.test(name);

export const attachmentName = (bytes: Uint8Array, extension: string) =>
  `${createHash('sha256').update(bytes).digest('hex')}.${extension}`;

/** Whether the bytes are what their content-addressed name says they are. */
export const holdsItsName = (name: string, bytes: Uint8Array) =>
  isAttachmentName(name) && attachmentName(bytes, name.slice(65)) === name;

/** Files younger than this are never swept: an upload not yet saved into a draft is still wanted. */
export const SWEEP_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * One store of files in the data folder (coats of arms now; receipts, photos and application
 * documents later). Records keep the name; the same bytes always get the same name, so adding
 * twice stores once and a file, once named, never changes under a record that refers to it.
 */
export function attachmentStore(dataDir: string) {
  const dir = join(dataDir, ATTACHMENTS_DIR);
  const pathOf = (name: string) => {
    if (!isAttachmentName(name)) throw new Error(`Not an attachment name: ${name.slice(0, 80)}`);
    return join(dir, name);
  };
  const exists = (name: string) =>
    isAttachmentName(name)
      ? stat(join(dir, name)).then(
          (s) => s.isFile(),
          () => false,
        )
      : Promise.resolve(false);

  return {
    dir,
    pathOf,
    exists,

    /** Stores the bytes durably (temp, fsync, rename, fsync the folder) and returns their name. */
    async add(bytes: Uint8Array, extension: string): Promise<string> {
      const name = attachmentName(bytes, extension);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      try {
        await writeNewFileDurable(join(dir, name), bytes);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // Already there: freshen it, so a sweep running now does not take it as forgotten.
        const at = new Date();
        await utimes(join(dir, name), at, at).catch(() => undefined);
      }
      return name;
    },

    /** The bytes of a stored file; null when there is none by that name. */
    async read(name: string): Promise<Buffer | null> {
      if (!isAttachmentName(name)) return null;
      try {
        return await readFile(join(dir, name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },

    /** Every stored file's name, sorted. */
    async list(): Promise<string[]> {
      const names = await readdir(dir).catch(() => [] as string[]);
      return names.filter(isAttachmentName).sort();
    },

    /**
     * Deletes stored files nothing refers to (neither the records nor any backup: a restore
     * must find its files), except those changed within the grace period. Run rarely.
     */
    async sweep(referenced: ReadonlySet<string>, now: Date, graceMs = SWEEP_GRACE_MS): Promise<string[]> {
      await sweepAllTempFiles(dir);
      const removed: string[] = [];
      for (const name of await this.list()) {
        if (referenced.has(name)) continue;
        const info = await stat(join(dir, name)).catch(() => null);
        if (!info || now.getTime() - info.mtime.getTime() < graceMs) continue;
        await rm(join(dir, name), { force: true });
        removed.push(name);
      }
      return removed;
    },
  };
}
export type AttachmentStore = ReturnType<typeof attachmentStore>;

/** Every attachment name written anywhere in a text (a store or a backup, whatever its version). */
export function namesIn(text: string): Set<string> {
  return new Set(text.match(/[0-9a-f]{64}\.[a-z0-9]{1,8}/g) ?? []);
}
