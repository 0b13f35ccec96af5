/**
 * Name normalisation shared by the gazetteer build (scripts/) and its search (electron/core).
 * Pure string functions: no locale data, so both sides fold a name exactly the same way.
 */

// Letters that Unicode decomposition does not split into a base letter plus a mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ĸ: 'k',
  ŧ: 't',
  ς: 'σ',
};
const SPECIAL_PATTERN = /[ßæœøłđðþħıŀĸŧς]/g;
const MARKS = /\p{M}+/gu;
const NON_ALNUM_ASCII = /[^a-z0-9]+/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const ASCII_ONLY = /^[ -~]*$/; // printable ASCII: names hold no control characters

/**
 * The search key of a name: lower case, accents and other marks removed, punctuation and
 * hyphens turned into single spaces ("Cluj-Napoca" → "cluj napoca", "Kolozsvár" → "kolozsvar",
 * "Łódź" → "lodz", "Київ" → "киів": Cyrillic stays Cyrillic). Scripts are not transliterated.
 */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower.replace(NON_ALNUM_ASCII, ' ').trim();
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_PATTERN, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(NON_ALNUM, ' ')
    .trim();
}

/**
 * Lower case with accents removed and letters such as ł, ø, ß spelled plainly, keeping
 * punctuation and spaces: for matching free text (names, e-mails) typed without accents.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_PATTERN, (c) => SPECIAL_LETTERS[c] ?? c);
}

/**
 * Whether an address already ends with the town ("Rue Pierre Vernier, 25290 Ornans"): its last
 * part, folded, is the town's name or ends with it, so printing the town after it would say it
 * twice. "Rue d’Ornans 3" does not end with Ornans.
 */
export function endsWithTown(address: string, town: string): boolean {
  const name = foldName(town);
  const last = foldName(address.split(',').at(-1) ?? '');
  return name !== '' && (last === name || last.endsWith(` ${name}`));
}

/** A name as plain lower-case ASCII words joined by hyphens, for file names ("Buziaș" → "buzias"). */
export function fileSlug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The words of a folded name, for matching a query word against the start of any word. */
export function foldedTokens(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Romanian writes ș and ț with a comma below; GeoNames (like much legacy data) often has the
 * Turkish cedilla forms ş and ţ. ţ/Ţ occur in no other European orthography, so they are
 * always fixed; ş/Ş only where the text is known to be Romanian (see romanianNames).
 */
export function toCommaBelow(text: string, includeS = true): string {
  const t = text.replace(/ţ/g, 'ț').replace(/Ţ/g, 'Ț');
  return includeS ? t.replace(/ş/g, 'ș').replace(/Ş/g, 'Ș') : t;
}

const ROMANIAN_MARKERS = /[ăĂțȚţŢ]/;
/** Letters of Turkish, Gagauz or Azerbaijani that Romanian never uses: such a name keeps its ş. */
const TURKIC_MARKERS = /[ğĞıİüÜöÖçÇəƏ]/;

/**
 * Fixes cedillas in a name of a place in `country`: names of Romanian and Moldovan places
 * (unless the name is plainly Turkic, like "Bükreş" for București), and elsewhere names that
 * are recognisably Romanian (they carry ă or ț), such as "Cernăuţi" for Chernivtsi.
 */
export function fixRomanianCedillas(name: string, country: string): string {
  const local = (country === 'RO' || country === 'MD') && !TURKIC_MARKERS.test(name);
  return toCommaBelow(name, local || ROMANIAN_MARKERS.test(name));
}
