import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreProblem } from '../../../shared/domain/appStatus';
import { writeFileDurable } from './durableFile';
import { Journal, JOURNAL_FILE, readJournal, type JournalEntry } from './journal';
import { moveAside } from './moveAside';
import { StoredRecords, StoredTombstone, type StoreData } from './schema';
import { applyOps } from './transaction';

export type Replayed =
  { kind: 'ok'; data: StoreData; journal: Journal | null } | { kind: 'problem'; problem: StoreProblem };

function entryProblem(entry: JournalEntry, expected: number): string | null {
  if (entry.revision !== expected) return `it holds revision ${entry.revision} where ${expected} was due`;
  for (const op of entry.ops) {
    const schema = op.op === 'put' ? StoredRecords[op.c] : StoredTombstone;
    if (!schema || !schema.safeParse(op.op === 'put' ? op.r : op.t).success) {
      return `an operation on ${String(op.c)} does not match the stored shape`;
    }
  }
  return null;
}

/**
 * Brings the snapshot up to date with the journal. Entries the snapshot already holds (a
 * crash after compaction wrote store.json, before it emptied the journal) are skipped; a
 * torn last entry (a crash mid-append: never acknowledged) is dropped; any other damage is
 * never skipped past: what precedes it is kept in store.json, the journal is moved aside and
 * the recovery screen explains what happened.
 */
export async function replayJournal(
  dataDir: string,
  snapshot: StoreData,
  readOnly: boolean,
  now: () => Date,
): Promise<Replayed> {
  const path = join(dataDir, JOURNAL_FILE);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    bytes = Buffer.alloc(0);
  }
  const read = readJournal(bytes);
  const applied: JournalEntry[] = [];
  let damage = read.damage;
  let expected = snapshot.revision + 1;
  for (const [i, entry] of read.entries.entries()) {
    if (entry.revision < expected && applied.length === 0) continue;
    const problem = entryProblem(entry, expected);
    if (problem) {
      damage = { line: i + 1, detail: `entry ${i + 1} of the journal cannot be applied: ${problem}` };
      break;
    }
    applied.push(entry);
    expected++;
  }
  const ops = applied.flatMap((e) => e.ops);
  const data = applied.length === 0 ? snapshot : applyOps(snapshot, ops, expected - 1);
  if (readOnly) return { kind: 'ok', data, journal: null };
  if (!damage)
    return { kind: 'ok', data, journal: await Journal.open(path, read.goodBytes, read.entries.length) };

  const later = read.entries.length - applied.length + (read.damage ? 1 : 0);
  await writeFileDurable(join(dataDir, 'store.json'), JSON.stringify(data));
  const movedTo = await moveAside(dataDir, path, now(), 'journal', 'log');
  return {
    kind: 'problem',
    problem: {
      code: 'JOURNAL_DAMAGED',
      movedTo,
      foundVersion: null,
      detail:
        `${damage.detail}. The changes up to revision ${data.revision} are kept in store.json; ` +
        `${later} later entr${later === 1 ? 'y was' : 'ies were'} not applied and are kept in ${movedTo}`,
    },
  };
}
