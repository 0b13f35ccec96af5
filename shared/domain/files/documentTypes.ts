import type { ReceiptRef } from '../budget/model';
import { detectReceiptType } from '../budget/receipts';

/**
 * The files an application's required document may be: a PDF, a scan or photo, or an office
 * document (Word, Excel, PowerPoint, OpenDocument). Each is told by its content, not its name;
 * only the old binary Office formats, which share one container, are told apart by the name.
 */
export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
} as const;
export type DocumentExtension = keyof typeof DOCUMENT_TYPES;

/** What the file picker offers; the core decides by content all the same. */
export const DOCUMENT_ACCEPT = [
  ...new Set(Object.values(DOCUMENT_TYPES)),
  ...Object.keys(DOCUMENT_TYPES).map((e) => `.${e}`),
].join(',');

export const MAX_DOCUMENT_BYTES = 25_000_000;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const text = (b: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...b.subarray(from, Math.min(b.length, from + length)));

/** The names in a zip's central directory, or null when the bytes are not a readable zip. */
function zipNames(b: Uint8Array): string[] | null {
  // The end record is in the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes).
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--)
    if (u32(b, i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return null;
    const nameLength = u16(b, at + 28);
    names.push(text(b, at + 46, nameLength));
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return names;
}

const ODF: Readonly<Record<string, DocumentExtension>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

function officeZip(b: Uint8Array): DocumentExtension | null {
  const names = zipNames(b);
  if (!names) return null;
  // OpenDocument keeps its type, uncompressed, as the first entry "mimetype".
  if (text(b, 30, 8) === 'mimetype') {
    const start = 30 + u16(b, 26) + u16(b, 28);
    const odf = ODF[text(b, start, u32(b, 18)).trim()];
    if (odf) return odf;
  }
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return null;
}

const FROM_RECEIPT: Readonly<Record<ReceiptRef['mediaType'], DocumentExtension>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The kind of a document's bytes, or null for a file of a kind that is refused. */
export function detectDocumentType(bytes: Uint8Array, fileName: string): DocumentExtension | null {
  const image = detectReceiptType(bytes);
  if (image) return FROM_RECEIPT[image];
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return officeZip(bytes);
  if (OLE.every((v, i) => bytes[i] === v)) {
    const ext = fileName.toLowerCase().split('.').pop();
    return ext === 'doc' || ext === 'xls' || ext === 'ppt' ? ext : null;
  }
  return null;
}

/** The media type of a stored document, from the extension its attachment name ends with. */
export function documentMediaType(attachmentName: string): string {
  const ext = attachmentName.split('.').pop() ?? '';
  return Object.entries(DOCUMENT_TYPES).find(([e]) => e === ext)?.[1] ?? 'application/octet-stream';
}
