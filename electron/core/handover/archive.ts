import { createHash } from 'node:crypto';
import { unzipSync, Zip, ZipDeflate, type Unzipped } from 'fflate';
import { z } from 'zod';

export const MANIFEST = 'manifest.json';
const FORMAT = 'twinning-desk-handover';

/**
 * Archive paths: the store, the attachment store's files (content-addressed names and the
 * record of version 5's image names), snapshots under backups/. Nothing else.
 */
const SAFE_PATH =
  /^(?:store\.json|attachments\/(?:[0-9a-f]{64}\.[a-z0-9]{1,8}|legacy-names\.json)|backups\/store-[A-Za-z0-9-]+\.json)$/;
export const isSafeArchivePath = (path: string) =>
  SAFE_PATH.test(path) &&
  !path.split('/').some((part) => part === '.' || part === '..' || part.trim() === '');

const Manifest = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.int(),
  files: z
    .array(z.object({ path: z.string(), size: z.int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
    .max(20_000),
});
export type Manifest = z.infer<typeof Manifest>;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface ArchiveInfo {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
}

/** Called after each file is packed or checked: reports progress, and may throw to stop. */
export type FileStep = (done: number, total: number) => Promise<void>;

const noStep: FileStep = () => Promise.resolve();

/**
 * Packs the files and a manifest of their checksums, one file at a time: between files the
 * thread answers other calls and `step` may stop the packing (a cancelled hand-over).
 */
export async function buildArchive(
  files: ReadonlyMap<string, Uint8Array>,
  info: ArchiveInfo,
  step: FileStep = noStep,
): Promise<Uint8Array> {
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: 1,
    ...info,
    files: [...files].map(([path, bytes]) => ({ path, size: bytes.length, sha256: sha256(bytes) })),
  };
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const add = (path: string, bytes: Uint8Array) => {
    const entry = new ZipDeflate(path, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
    if (failure) throw failure;
  };
  add(MANIFEST, new TextEncoder().encode(JSON.stringify(manifest, null, 2)));
  let done = 0;
  for (const [path, bytes] of files) {
    add(path, bytes);
    await step(++done, files.size);
  }
  zip.end();
  if (failure) throw failure;
  // A fresh array of its own (not a pooled Buffer): it may be transferred to another thread.
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export class ArchiveError extends Error {}

export interface Limits {
  maxTotalBytes: number;
  maxFiles: number;
}
/** What import accepts once unpacked; export checks the same limits before it offers a file. */
export const DEFAULT_LIMITS: Limits = { maxTotalBytes: 512 * 1024 * 1024, maxFiles: 20_000 };

/**
 * Opens an archive and proves it whole: a manifest in our format, every listed file
 * present with its size and SHA-256, nothing unlisted, no path outside the data folder.
 * Throws ArchiveError with an English reason; nothing is written here.
 */
export async function readArchive(
  bytes: Uint8Array,
  limits: Limits = DEFAULT_LIMITS,
  step: FileStep = noStep,
): Promise<{ manifest: Manifest; files: Map<string, Uint8Array> }> {
  let total = 0;
  let count = 0;
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes, {
      // Sizes are checked before anything is inflated, so a zip bomb is refused, not unpacked.
      filter: (file) => {
        total += file.originalSize;
        count += 1;
        if (total > limits.maxTotalBytes || count > limits.maxFiles)
          throw new ArchiveError('The archive is too large');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`Not a readable zip archive: ${(error as Error).message}`);
  }
  const manifestBytes = entries[MANIFEST];
  if (!manifestBytes) throw new ArchiveError('The archive has no manifest');
  let manifest: Manifest;
  try {
    manifest = Manifest.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes)));
  } catch {
    throw new ArchiveError('The manifest is not a Twinning Desk hand-over manifest');
  }
  const files = new Map<string, Uint8Array>();
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    if (!isSafeArchivePath(entry.path))
      throw new ArchiveError(`Unsafe path in the manifest: ${entry.path.slice(0, 100)}`);
    if (listed.has(entry.path)) throw new ArchiveError(`Listed twice: ${entry.path}`);
    listed.add(entry.path);
    const content = entries[entry.path];
    if (!content) throw new ArchiveError(`Missing from the archive: ${entry.path}`);
    if (content.length !== entry.size || sha256(content) !== entry.sha256) {
      throw new ArchiveError(`Damaged in the archive (checksum mismatch): ${entry.path}`);
    }
    files.set(entry.path, content);
    await step(files.size, manifest.files.length);
  }
  for (const name of Object.keys(entries)) {
    if (name !== MANIFEST && !listed.has(name) && !name.endsWith('/'))
      throw new ArchiveError(`Not in the manifest: ${name.slice(0, 100)}`);
  }
  if (!files.has('store.json')) throw new ArchiveError('The archive holds no store');
  return { manifest, files };
}
