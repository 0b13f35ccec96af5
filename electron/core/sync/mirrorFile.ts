import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileDurable } from '../store/durableFile';
import type { PouchDatabase, PouchDoc } from './pouch';

/**
 * The mirror lives in memory and is kept in `sync/mirror.json`: every leaf revision of every
 * document (winners, conflicting versions and deletions) with its ancestry (`_revisions`), so
 * loading it back with `new_edits: false` gives the same revision trees and a conflict found
 * before a restart is still there after it. Replication checkpoints (`_local` documents) are
 * not kept: after a restart replication compares revisions from the start, which costs time,
 * never data.
 */
const MirrorFile = z.object({
  version: z.literal(1),
  docs: z.array(z.looseObject({ _id: z.string(), _rev: z.string() })),
});

export async function saveMirror(db: PouchDatabase, file: string): Promise<number> {
  const { results } = await db.changes({ since: 0, style: 'all_docs' });
  const wanted = results.flatMap((c) => c.changes.map((ch) => ({ id: c.id, rev: ch.rev })));
  const docs: PouchDoc[] = [];
  if (wanted.length > 0) {
    const got = await db.bulkGet({ docs: wanted, revs: true });
    for (const result of got.results) {
      for (const entry of result.docs) if ('ok' in entry) docs.push(entry.ok);
    }
  }
  await writeFileDurable(file, JSON.stringify({ version: 1, docs }));
  return docs.length;
}

/** Loads a saved mirror; a missing file is an empty mirror, a damaged one is refused (never guessed at). */
export async function loadMirror(db: PouchDatabase, file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const parsed = MirrorFile.parse(JSON.parse(text));
  if (parsed.docs.length > 0) await db.bulkDocs(parsed.docs as PouchDoc[], { new_edits: false });
  return parsed.docs.length;
}
