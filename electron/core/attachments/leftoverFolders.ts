import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurable } from '../store/durableFile';
import { attachmentStore, ATTACHMENTS_DIR, holdsItsName, isAttachmentName } from './attachmentStore';
import { LEGACY_NAMES_FILE, readLegacyNames, readLegacyNamesFile } from './legacyImages';

/**
 * Folders an older build's hand-over import left beside attachments/: the previous folder kept
 * under a dated name (`attachments.before-import-<time>`) and its staging folder
 * (`attachments.incoming-<time>`). A kill between its two renames even left the data folder
 * without attachments/, the files being only in these.
 */
const LEFTOVER = new RegExp(`^${ATTACHMENTS_DIR}\\.(before-import|incoming)-[0-9TZ-]+$`);

/**
 * Moves every file missing from attachments/ in from such a folder, then removes the folder.
 * A file is taken only when its bytes are what its name says (names are content addresses, so a
 * file already there is the same file); the record of version 5 names gains the entries it lacks.
 * Returns the folders removed.
 */
export async function mergeLeftoverAttachments(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  const leftovers = entries.filter((e) => e.isDirectory() && LEFTOVER.test(e.name)).map((e) => e.name);
  const store = attachmentStore(dataDir);
  for (const folder of leftovers.sort()) {
    const from = join(dataDir, folder);
    for (const name of await readdir(from)) {
      if (!isAttachmentName(name) || (await store.exists(name))) continue;
      const bytes = await readFile(join(from, name)).catch(() => null);
      if (bytes && holdsItsName(name, bytes)) await store.add(bytes, name.slice(65));
    }
    const theirs = await readLegacyNamesFile(join(from, LEGACY_NAMES_FILE));
    const ours = await readLegacyNames(dataDir);
    if ([...theirs.keys()].some((old) => !ours.has(old))) {
      const merged = new Map([...theirs, ...ours]);
      await writeFileDurable(
        join(store.dir, LEGACY_NAMES_FILE),
        JSON.stringify(Object.fromEntries(merged), null, 2),
      );
    }
    // Everything worth keeping is in attachments/ now, written durably.
    await rm(from, { recursive: true, force: true });
  }
  return leftovers;
}
