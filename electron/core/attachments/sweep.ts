import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backupDir, listBackups } from '../store/backups';
import { JOURNAL_FILE } from '../store/journal';
import { STORE_FILE } from '../store/openStore';
import { attachmentStore, namesIn, SWEEP_GRACE_MS } from './attachmentStore';
import { readLegacyNames } from './legacyImages';

/**
 * Deletes attachments that neither the store nor any backup names (nor a version 5 name
 * mapped to them), once they are older than the grace period. Run once per start: files are
 * only ever orphaned by an image replaced in a draft, and waiting costs only disk space.
 */
export async function sweepUnreferenced(
  dataDir: string,
  now: Date,
  graceMs = SWEEP_GRACE_MS,
): Promise<string[]> {
  const store = attachmentStore(dataDir);
  const stored = await store.list();
  if (stored.length === 0) return [];
  const referenced = namesIn(await readFile(join(dataDir, STORE_FILE), 'utf8'));
  // Changes not yet folded into store.json are in the journal.
  const journal = await readFile(join(dataDir, JOURNAL_FILE), 'utf8').catch(() => '');
  for (const name of namesIn(journal)) referenced.add(name);
  if (stored.every((name) => referenced.has(name))) return [];
  for (const name of (await readLegacyNames(dataDir)).values()) referenced.add(name);
  for (const backup of await listBackups(dataDir)) {
    const text = await readFile(join(backupDir(dataDir), backup.id), 'utf8').catch(() => '');
    for (const name of namesIn(text)) referenced.add(name);
  }
  return store.sweep(referenced, now, graceMs);
}
