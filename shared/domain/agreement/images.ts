/** Coats of arms the secretary adds: PNG or JPEG, recognised by their content, never their name. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/**
 * Pixels cost memory and time when a page is drawn (an 8,000 × 8,000 PNG of 249 KB took about
 * 7 s and 1.1 GB per preview), so the size on screen is limited, not only the file's weight.
 */
export const MAX_IMAGE_SIDE = 4000;
export const MAX_IMAGE_PIXELS = 16_000_000;
/** The window scales a larger picture down to this many pixels on its long side before upload. */
export const UPLOAD_LONG_SIDE = 1200;

export type ImageMime = 'image/png' | 'image/jpeg';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The image type from the file's content, never its name; null when it is neither. */
export function detectImageMime(bytes: Uint8Array): ImageMime | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return null;
}

export const extensionOf = (mime: ImageMime) => (mime === 'image/png' ? 'png' : 'jpg');

const u32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;

export interface ImageCheck {
  mime: ImageMime;
  width: number;
  height: number;
}

/** PNG: walks the chunks from IHDR to IEND; a file cut short or out of order is damaged. */
function checkPng(b: Uint8Array): ImageCheck | null {
  if (b.length < 33 || u32(b, 8) !== 13 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  let at = 8;
  let sawData = false;
  while (at + 12 <= b.length) {
    const length = u32(b, at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    const next = at + 12 + length;
    if (next > b.length) return null;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND')
      return sawData && width > 0 && height > 0 ? { mime: 'image/png', width, height } : null;
    at = next;
  }
  return null;
}

/** JPEG: finds the frame header (SOFn) for the size and requires the end-of-image marker. */
function checkJpeg(b: Uint8Array): ImageCheck | null {
  if (b.length < 4 || b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) return null;
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = u16(b, at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > b.length) return null;
      const height = u16(b, at + 5);
      const width = u16(b, at + 7);
      return width > 0 && height > 0 ? { mime: 'image/jpeg', width, height } : null;
    }
    if (marker === 0xda || length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** The type and size in pixels, read from the file's own header; null when it is damaged. */
export function checkImage(bytes: Uint8Array): ImageCheck | null {
  const mime = detectImageMime(bytes);
  if (mime === 'image/png') return checkPng(bytes);
  if (mime === 'image/jpeg') return checkJpeg(bytes);
  return null;
}

export const tooManyPixels = ({ width, height }: { width: number; height: number }) =>
  width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS;
