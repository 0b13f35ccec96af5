import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SyncFileProblem } from '../../../shared/domain/syncFile';
import { AppFailure } from '../../../shared/ipc/errors';
import { parseDocId } from './docs';
import type { PouchDoc } from './pouch';

/**
 * The replication file, for laptops with no server between them. One JSON header line, then one
 * document per line (every leaf revision of every synced record, live, deleted or in conflict,
 * each with its `_revisions`), so loading it with `new_edits: false` grafts the same revision
 * trees a server's replication would, and a conflict is kept exactly as it would be there.
 * The header names the format, its version, the committee, when it was made, how many
 * documents follow and their SHA-256, so a file cut short or changed is refused whole.
 */
export const SYNC_FILE_FORMAT = 'twinning-desk/sync-file';
export const SYNC_FILE_VERSION = 1;

export const SyncFileHeader = z.object({
  format: z.literal(SYNC_FILE_FORMAT),
  version: z.int().min(1),
  /** Minted by the first laptop that exported, taken over by each laptop on its first import. */
  committeeId: z.string().min(1).max(100),
  /** For the message when the file is another committee's; not checked. */
  committeeName: z.string().max(200),
  createdAt: z.iso.datetime(),
  documents: z.int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SyncFileHeader = z.infer<typeof SyncFileHeader>;

const Revisions = z.object({
  start: z.int().min(1),
  ids: z.array(z.string().regex(/^[0-9a-z]{1,64}$/i)).min(1),
});

/** A document as replication would carry it: a synced record's id, its revision and ancestry. */
const FileDoc = z
  .looseObject({
    _id: z.string().min(1).max(300),
    _rev: z.string().regex(/^[1-9][0-9]*-[0-9a-z]{1,64}$/i),
    _deleted: z.literal(true).optional(),
    _revisions: Revisions,
  })
  .refine((doc) => parseDocId(doc._id) !== null, 'not_a_record')
  .refine((doc) => doc._rev === `${doc._revisions.start}-${doc._revisions.ids[0]}`, 'revisions_disagree');

export const syncFileProblem = (problem: SyncFileProblem, message: string, name?: string) =>
  new AppFailure('VALIDATION', message, [
    {
      path: ['bytes'],
      code: `sync_file_${problem}`,
      message,
      ...(name !== undefined ? { params: { name } } : {}),
    },
  ]);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const NEWLINE = 0x0a;

export function writeSyncFile(
  header: Omit<SyncFileHeader, 'format' | 'version' | 'documents' | 'sha256'>,
  docs: readonly PouchDoc[],
): Uint8Array {
  const body = Buffer.from(docs.map((doc) => `${JSON.stringify(doc)}\n`).join(''), 'utf8');
  const head: SyncFileHeader = {
    format: SYNC_FILE_FORMAT,
    version: SYNC_FILE_VERSION,
    ...header,
    documents: docs.length,
    sha256: sha256(body),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`, 'utf8'), body]);
}

/** The header alone, or why the file is not one of ours (or not one this version reads). */
export function readSyncFileHeader(bytes: Uint8Array): { header: SyncFileHeader; body: Uint8Array } {
  const end = bytes.indexOf(NEWLINE);
  const notOurs = () => syncFileProblem('not_sync_file', 'This is not a Twinning Desk sync file');
  let raw: unknown;
  try {
    // A header is a few hundred bytes; anything without a newline early on is another file.
    if (end <= 0 || end > 4096) throw notOurs();
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end)));
  } catch {
    throw notOurs();
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== SYNC_FILE_FORMAT) throw notOurs();
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > SYNC_FILE_VERSION) {
    throw syncFileProblem(
      'newer_version',
      `The file is of version ${version}; this app reads ${SYNC_FILE_VERSION}`,
    );
  }
  const parsed = SyncFileHeader.safeParse(raw);
  if (!parsed.success) throw syncFileProblem('damaged', 'The sync file’s header is damaged');
  return { header: parsed.data, body: bytes.subarray(end + 1) };
}

/** Every document of the file, checked: a single bad line refuses the whole file. */
export function readSyncFileDocs(header: SyncFileHeader, body: Uint8Array): PouchDoc[] {
  const damaged = (why: string) => syncFileProblem('damaged', `The sync file is damaged: ${why}`);
  if (sha256(body) !== header.sha256) throw damaged('its content does not match its checksum');
  const lines = new TextDecoder('utf-8').decode(body).split('\n');
  if (lines.pop() !== '') throw damaged('its last line is cut short');
  if (lines.length !== header.documents)
    throw damaged(`${lines.length} documents, ${header.documents} announced`);
  return lines.map((line, i) => {
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      throw damaged(`line ${i + 2} is not JSON`);
    }
    const parsed = FileDoc.safeParse(doc);
    if (!parsed.success) throw damaged(`line ${i + 2} is not a record's version`);
    return parsed.data as PouchDoc;
  });
}
