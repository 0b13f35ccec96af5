/** The encodings a committee's spreadsheets come in: UTF-8 and UTF-16, and the Windows and ISO code pages. */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1250',
  'windows-1252',
  'iso-8859-2',
] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** In this order: where two readings give the same text (French, German), Western is the name shown. */
const LEGACY: readonly TextEncoding[] = ['windows-1252', 'windows-1250', 'iso-8859-2'];

/** Letters of the languages of Europe's twinnings, as the three legacy code pages can hold them. */
const COMMON_LETTERS = new Set(
  'ăâîșşțţĂÂÎȘŞȚŢąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžýáéíúČĎĚŇŘŠŤŮŽÝÁÉÍÚőűöüŐŰÖÜäßÄàèéêëïôùûçÀÈÉÊËÏÔÙÛÇľĺŕĽĹŔñÑ',
);
/** Signs that sit between letters only when a file is read in the wrong code page ("Bia³a", "Oraº"). */
const isLetter = (c: string) => /\p{L}/u.test(c) && c !== 'º' && c !== 'ª';

function score(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const c = text[i] as string;
    if (code < 0xa0 || code === 0xfffd) total -= 6;
    else if (COMMON_LETTERS.has(c)) total += 2;
    else if (isLetter(c)) total += 0.5;
    else if (isLetter(text[i - 1] ?? '') || isLetter(text[i + 1] ?? '')) total -= 5;
  }
  return total;
}

function hasBom(b: Uint8Array): TextEncoding | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: text in Latin letters has a zero in every other byte. */
function utf16Without(b: Uint8Array): TextEncoding | null {
  const n = Math.min(b.length, 4000) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.1) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.1) return 'utf-16be';
  return null;
}

const isUtf8 = (b: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

/**
 * The encoding of a picked file, from its bytes alone (never from the UI language): a BOM,
 * UTF-16's zero bytes, valid UTF-8, or else the legacy code page whose reading gives the most
 * plausible letters — a Polish "Bielsko-Biała" in Windows-1250 reads "Bielsko-Bia³a" in
 * Windows-1252, a sign between letters that no name holds.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  const bom = hasBom(bytes);
  // Some tools put a UTF-8 BOM in front of a file they never converted: the bytes decide.
  if (bom === 'utf-8' && !isUtf8(bytes.subarray(3))) return legacyEncoding(bytes.subarray(3));
  if (bom) return bom;
  const wide = utf16Without(bytes);
  if (wide) return wide;
  if (isUtf8(bytes)) return 'utf-8';
  return legacyEncoding(bytes);
}

function legacyEncoding(bytes: Uint8Array): TextEncoding {
  const sample = bytes.subarray(0, 200_000);
  let best: TextEncoding = 'windows-1252';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const encoding of LEGACY) {
    const s = score(new TextDecoder(encoding).decode(sample));
    if (s > bestScore) [best, bestScore] = [encoding, s];
  }
  return best;
}

/**
 * The Central European code pages have only the cedilla forms ş ţ, which Romanian Excel writes
 * for ș ț; Romanian is spelt with the comma below (and these code pages hold no Turkish).
 */
const COMMA_BELOW: Readonly<Record<string, string>> = { ş: 'ș', Ş: 'Ș', ţ: 'ț', Ţ: 'Ț' };

/** The text of the bytes in the given encoding (or the detected one), without a BOM. */
export function decodeBytes(
  bytes: Uint8Array,
  encoding: TextEncoding = detectEncoding(bytes),
): { text: string; encoding: TextEncoding } {
  // A UTF-8 BOM before bytes of a code page is no letter of the file ("ďťż" in Windows-1250).
  const body = encoding !== 'utf-8' && hasBom(bytes) === 'utf-8' ? bytes.subarray(3) : bytes;
  const text = new TextDecoder(encoding).decode(body);
  const central = encoding === 'windows-1250' || encoding === 'iso-8859-2';
  return { text: central ? text.replace(/[şŞţŢ]/g, (c) => COMMA_BELOW[c] ?? c) : text, encoding };
}
