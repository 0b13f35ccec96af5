import type { ReceiptRef } from './model';

type ReceiptMediaType = ReceiptRef['mediaType'];

const starts = (bytes: Uint8Array, at: number, sig: readonly number[]) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * What a receipt's bytes are, by their content rather than their name: a PDF, or a JPEG, PNG
 * or WebP photo of the paper. Anything else (a Word file, a spreadsheet, a zip) is null.
 */
export function detectReceiptType(bytes: Uint8Array): ReceiptMediaType | null {
  if (starts(bytes, 0, ascii('%PDF-'))) return 'application/pdf';
  if (starts(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, 0, ascii('RIFF')) && starts(bytes, 8, ascii('WEBP'))) return 'image/webp';
  return null;
}

export const RECEIPT_EXTENSIONS: Record<ReceiptMediaType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};
