import { ALL_COUNTRIES, COUNTRY_NAME_LANGUAGES, countryNames, fromAlpha3 } from './countries';
import { foldName } from './placeNames';

/** Names spreadsheets use that Intl does not give (older or informal), in the four UI languages. */
const ALIASES: Readonly<Record<string, string>> = {
  'czech republic': 'CZ',
  'republica ceha': 'CZ',
  'republique tcheque': 'CZ',
  'tschechische republik': 'CZ',
  turkey: 'TR',
  turkei: 'TR',
  macedonia: 'MK',
  macedoine: 'MK',
  mazedonien: 'MK',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  uk: 'GB',
  'marea britanie': 'GB',
  anglia: 'GB',
  angleterre: 'GB',
  'grande bretagne': 'GB',
  grossbritannien: 'GB',
  holland: 'NL',
  olanda: 'NL',
  hollande: 'NL',
  'the netherlands': 'NL',
  'pays bas': 'NL',
  moldavia: 'MD',
  moldova: 'MD',
  moldawien: 'MD',
  'republic of moldova': 'MD',
  bosnia: 'BA',
  bosnie: 'BA',
  bosnien: 'BA',
  vatican: 'VA',
  'holy see': 'VA',
  vatikan: 'VA',
  belarus: 'BY',
  bielorusia: 'BY',
  weissrussland: 'BY',
  bielorussie: 'BY',
  'deutschland brd': 'DE',
  brd: 'DE',
  rfa: 'DE',
};

let table: Map<string, string> | null = null;

/**
 * Folded name or code → ISO alpha-2, built once: Intl's names and the country package's
 * official names and aliases in English, Romanian, French and German, then the informal
 * names above. Alpha-3 codes are looked up separately.
 */
function countryTable(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>();
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    const intl = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of ALL_COUNTRIES) {
      const name = intl.of(code);
      if (name) t.set(foldName(name), code);
      for (const alias of countryNames(code, lang)) {
        const key = foldName(alias);
        if (!t.has(key)) t.set(key, code);
      }
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) t.set(foldName(alias), code);
  for (const code of ALL_COUNTRIES) t.set(code.toLowerCase(), code);
  // "UK" is the usual abbreviation, though the ISO code is GB.
  t.set('uk', 'GB');
  table = t;
  return t;
}

/**
 * The ISO code of any country written as a name (English, Romanian, French or German, with
 * or without accents) or as an ISO alpha-2 or alpha-3 code; null if unknown.
 */
export function resolveCountry(value: string): string | null {
  const key = foldName(value);
  if (key === '') return null;
  const known = countryTable().get(key);
  if (known) return known;
  return /^[a-z]{3}$/.test(key) ? (fromAlpha3(key) ?? null) : null;
}
