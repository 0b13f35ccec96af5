import { fixRomanianCedillas, foldName } from '../../shared/domain/placeNames';

/**
 * Only names a European reader can type: Latin, Greek and Cyrillic letters with their
 * accents, spaces, hyphens, apostrophes, dots and brackets ("Frankfurt (Oder)", "St. Gallen").
 * Digits and slashes never occur in a town's name, only in postcodes, codes and links.
 */
const READABLE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M} '’ʼ.()\-‐–]+$/u;
const HAS_LETTER = /\p{L}/u;
const HAS_UPPER = /\p{Lu}/u;
/** IATA and ICAO airport codes (BUH, SBZ, LRSB) that GeoNames mixes into the name list. */
const AIRPORT_CODE = /^[A-Z]{3,4}$/;
const MAX_NAME_LENGTH = 100;

/**
 * Whether an alternate name is worth keeping. GeoNames' list also holds machine
 * transliterations from other scripts ("bu jia lei si te", "bwkharst"): those are all lower
 * case, while a real name has at least one capital, so lower-case-only names are dropped.
 */
export function isUsefulAlternateName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
  if (!READABLE.test(name) || !HAS_LETTER.test(name) || !HAS_UPPER.test(name)) return false;
  return !AIRPORT_CODE.test(name);
}

const nonAsciiCount = (s: string) => s.replace(/[ -~]/g, '').length;
/** Case and accents only: "Kolozsvar" and "Kolozsvár" are one spelling, "Pressburg" and "Preßburg" two. */
const spellingKey = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');

/**
 * The alternate names to keep for a place: readable, cedillas fixed, and one spelling per
 * case-and-accent variant, preferring the one with diacritics ("Kolozsvár" over "Kolozsvar").
 * Spellings of the place's own name add nothing and are dropped.
 */
export function cleanAlternateNames(
  raw: readonly string[],
  country: string,
  ownNames: readonly string[],
): string[] {
  const taken = new Set(ownNames.map(spellingKey));
  const byKey = new Map<string, string>();
  for (const original of raw) {
    const name = fixRomanianCedillas(original.trim(), country);
    if (!isUsefulAlternateName(name) || foldName(name) === '') continue;
    const key = spellingKey(name);
    if (taken.has(key)) continue;
    const current = byKey.get(key);
    if (current === undefined || nonAsciiCount(name) > nonAsciiCount(current)) byKey.set(key, name);
  }
  return [...byKey.values()];
}

const ROMANIAN_ONLY_LETTERS = /^[ -~ăâîșțĂÂÎȘȚ]+$/;

/**
 * GeoNames gives some Romanian and Moldovan places without diacritics ("Chisinau") while their
 * alternate names hold the proper spelling ("Chișinău"); use that spelling as the name.
 */
export function restoreRomanianDiacritics(
  name: string,
  alternates: readonly string[],
  country: string,
): string {
  if (country !== 'RO' && country !== 'MD') return name;
  if (/[^ -~]/.test(name)) return name;
  const key = foldName(name);
  const spelled = alternates
    .map((alt) => fixRomanianCedillas(alt, country))
    .find(
      (alt) => alt !== name && ROMANIAN_ONLY_LETTERS.test(alt) && /[^ -~]/.test(alt) && foldName(alt) === key,
    );
  return spelled ?? name;
}

const ASCII_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
};

/** A plain-ASCII spelling that keeps capitals ("București" → "Bucuresti", "Łódź" → "Lodz"). */
export function toAscii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßẞæÆœŒøØłŁđĐðÐþÞħĦı]/g, (c) => ASCII_LETTERS[c] ?? c);
}
