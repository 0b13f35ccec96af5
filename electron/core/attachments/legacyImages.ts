import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from '../store/durableFile';
import { attachmentStore, ATTACHMENTS_DIR, isAttachmentName } from './attachmentStore';

/** Where version 5 kept the coats of arms, as `arms-<uuid>.png|jpg`. */
export const LEGACY_IMAGES_DIR = 'images';
/** Old names and the attachment names their bytes got, kept for backups written by version 5. */
export const LEGACY_NAMES_FILE = 'legacy-names.json';

const LEGACY_NAME = /^[A-Za-z0-9_-]{1,80}\.(png|jpg)$/;
const LegacyNames = z.record(z.string().regex(LEGACY_NAME), z.string().refine(isAttachmentName));

const namesPath = (dataDir: string) => join(dataDir, ATTACHMENTS_DIR, LEGACY_NAMES_FILE);

/** The renames recorded in one such file; empty when there is none or it cannot be read as such. */
export async function readLegacyNamesFile(path: string): Promise<Map<string, string>> {
  try {
    const parsed = LegacyNames.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return new Map(parsed.success ? Object.entries(parsed.data) : []);
  } catch {
    return new Map();
  }
}

/** The recorded renames of the data folder. */
export const readLegacyNames = (dataDir: string) => readLegacyNamesFile(namesPath(dataDir));

const legacyFiles = async (dataDir: string) =>
  (await readdir(join(dataDir, LEGACY_IMAGES_DIR)).catch(() => [] as string[])).filter((n) =>
    LEGACY_NAME.test(n),
  );

/**
 * Copies every image of images/ into the attachment store and records its new name, before
 * anything refers to that name. Copies, never moves: until the store is written in version 6
 * the old files are what the store refers to, so a kill at any moment loses nothing and the
 * next start simply does it again (the same bytes get the same name).
 */
export async function copyLegacyImages(dataDir: string): Promise<Map<string, string>> {
  const names = await readLegacyNames(dataDir);
  const files = await legacyFiles(dataDir);
  if (files.length === 0) return names;
  const store = attachmentStore(dataDir);
  let added = false;
  for (const file of files) {
    const bytes = await readFile(join(dataDir, LEGACY_IMAGES_DIR, file));
    const name = await store.add(bytes, file.endsWith('.png') ? 'png' : 'jpg');
    if (names.get(file) !== name) added = true;
    names.set(file, name);
  }
  if (added) await writeFileDurable(namesPath(dataDir), JSON.stringify(Object.fromEntries(names), null, 2));
  return names;
}

/**
 * Once the store on disk refers to the new names, the old copies go: each only when its
 * attachment is in place, then the folder if nothing else is left in it.
 */
export async function removeLegacyImages(dataDir: string, names: ReadonlyMap<string, string>): Promise<void> {
  const store = attachmentStore(dataDir);
  for (const file of await legacyFiles(dataDir)) {
    const name = names.get(file);
    if (name && (await store.exists(name))) await rm(join(dataDir, LEGACY_IMAGES_DIR, file), { force: true });
  }
  await rmdir(join(dataDir, LEGACY_IMAGES_DIR)).catch(() => undefined);
}

/** The migration context for any store text read in this data folder (a backup, an archive). */
export async function migrationContextFor(dataDir: string) {
  return { legacyImages: await readLegacyNames(dataDir) };
}
