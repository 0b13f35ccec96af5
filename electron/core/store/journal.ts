import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { writeFileDurable } from './durableFile';
import type { Op } from './transaction';

export const JOURNAL_FILE = 'store.journal';

/** One committed change set: the store revision it produced, when, and its operations. */
export interface JournalEntry {
  revision: number;
  at: string;
  ops: Op[];
}

const sumOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

/** One line per entry: a checksum of the JSON, a space, the JSON. A torn write shows as a bad last line. */
export function encodeEntry(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `${sumOf(json)} ${json}\n`;
}

export interface ReadJournal {
  entries: JournalEntry[];
  /** Bytes up to the end of the last good entry: where appending continues. */
  goodBytes: number;
  /** A torn last entry (a crash mid-append) was found and is to be dropped. */
  tornTail: boolean;
  /** A bad entry with good ones after it: never skipped, the journal is kept aside. */
  damage: { line: number; detail: string } | null;
}

function decodeLine(line: string): JournalEntry | null {
  const space = line.indexOf(' ');
  if (space !== 16) return null;
  const json = line.slice(17);
  if (sumOf(json) !== line.slice(0, 16)) return null;
  try {
    const entry = JSON.parse(json) as JournalEntry;
    return Number.isInteger(entry.revision) && Array.isArray(entry.ops) ? entry : null;
  } catch {
    return null;
  }
}

export function readJournal(bytes: Buffer): ReadJournal {
  const entries: JournalEntry[] = [];
  let offset = 0;
  let line = 0;
  while (offset < bytes.length) {
    line++;
    const end = bytes.indexOf(0x0a, offset);
    const last = end === -1 || end === bytes.length - 1;
    const entry = end === -1 ? null : decodeLine(bytes.toString('utf8', offset, end));
    if (!entry) {
      if (last) return { entries, goodBytes: offset, tornTail: true, damage: null };
      return {
        entries,
        goodBytes: offset,
        tornTail: false,
        damage: { line, detail: `entry ${line} of the journal is damaged and later entries follow it` },
      };
    }
    entries.push(entry);
    offset = end + 1;
  }
  return { entries, goodBytes: offset, tornTail: false, damage: null };
}

/**
 * The append-only file of change sets since the last compaction. Each append is fsync'd
 * before the change is acknowledged; a failed append is cut off again, so the next one
 * never lands after half an entry. The file is opened for each append (a fraction of a
 * millisecond) so that no descriptor outlives a restore that replaces the folder's files.
 */
export class Journal {
  private constructor(
    readonly path: string,
    public size: number,
    public entries: number,
  ) {}

  /** `size` is where the good entries end: a torn tail after it (a crash mid-append) is cut off. */
  static async open(path: string, size: number, entries: number): Promise<Journal> {
    const handle = await open(path, 'a', 0o600);
    try {
      if ((await handle.stat()).size !== size) {
        await handle.truncate(size);
        await handle.sync();
      }
    } finally {
      await handle.close();
    }
    return new Journal(path, size, entries);
  }

  async append(entry: JournalEntry): Promise<void> {
    const bytes = Buffer.from(encodeEntry(entry), 'utf8');
    const handle = await open(this.path, 'a', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.datasync();
    } catch (error) {
      await handle.truncate(this.size).catch(() => undefined);
      throw error;
    } finally {
      await handle.close().catch(() => undefined);
    }
    this.size += bytes.length;
    this.entries += 1;
  }

  /** The bytes appended after `from` (entries committed while a compaction ran). */
  async tailFrom(from: number): Promise<Buffer> {
    const length = this.size - from;
    const buffer = Buffer.alloc(length);
    if (length === 0) return buffer;
    const handle = await open(this.path, 'r');
    try {
      await handle.read(buffer, 0, length, from);
    } finally {
      await handle.close();
    }
    return buffer;
  }

  /** Replaces the journal by `tail` (durably: temp file, fsync, rename). */
  async restartWith(tail: Buffer, entries: number): Promise<void> {
    await writeFileDurable(this.path, tail);
    this.size = tail.length;
    this.entries = entries;
  }

  /** Nothing stays open between appends; kept so the store's life cycle reads plainly. */
  async close(): Promise<void> {}
}
