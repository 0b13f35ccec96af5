import { inflateSync } from 'node:zlib';

/**
 * Whether a PNG's compressed pixels inflate. pdfkit copies an opaque PNG's data into the PDF
 * without decoding it, so garbage there would print as a broken picture with no error; the
 * chunk walk (shared/domain/agreement/images.ts) cannot see it. Bounded: callers have already
 * refused images above the pixel limit, so the output cannot exceed a few tens of megabytes.
 */
export function pngDataInflates(png: Uint8Array): boolean {
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const parts: Buffer[] = [];
  let at = 8;
  while (at + 12 <= view.length) {
    const length = view.readUInt32BE(at);
    const type = view.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') parts.push(view.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  try {
    inflateSync(Buffer.concat(parts), { maxOutputLength: 512 * 1024 * 1024 });
    return parts.length > 0;
  } catch {
    return false;
  }
}
