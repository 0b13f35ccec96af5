import { EUROPEAN_COUNTRIES } from './europe';
import { foldName } from './placeNames';

/** ISO 3166-1 alpha-3 codes, as some registries and spreadsheets write them. */
const ALPHA3: Readonly<Record<string, string>> = {
  AUT: 'AT',
  BEL: 'BE',
  BGR: 'BG',
  HRV: 'HR',
  CYP: 'CY',
  CZE: 'CZ',
  DNK: 'DK',
  EST: 'EE',
  FIN: 'FI',
  FRA: 'FR',
  DEU: 'DE',
  GRC: 'GR',
  HUN: 'HU',
  IRL: 'IE',
  ITA: 'IT',
  LVA: 'LV',
  LTU: 'LT',
  LUX: 'LU',
  MLT: 'MT',
  NLD: 'NL',
  POL: 'PL',
  PRT: 'PT',
  ROU: 'RO',
  SVK: 'SK',
  SVN: 'SI',
  ESP: 'ES',
  SWE: 'SE',
  ISL: 'IS',
  LIE: 'LI',
  NOR: 'NO',
  CHE: 'CH',
  GBR: 'GB',
  ALB: 'AL',
  BIH: 'BA',
  MNE: 'ME',
  MKD: 'MK',
  SRB: 'RS',
  XKX: 'XK',
  UKR: 'UA',
  MDA: 'MD',
  BLR: 'BY',
  TUR: 'TR',
  GEO: 'GE',
  ARM: 'AM',
  AZE: 'AZ',
  AND: 'AD',
  MCO: 'MC',
  SMR: 'SM',
  VAT: 'VA',
  FRO: 'FO',
  GIB: 'GI',
  IMN: 'IM',
  JEY: 'JE',
  GGY: 'GG',
  ALA: 'AX',
  RUS: 'RU',
};

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

const UI_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

let table: Map<string, string> | null = null;

/** Folded name or code → ISO alpha-2, built once from Intl in en, ro, fr and de. */
function countryTable(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>();
  for (const lang of UI_LANGUAGES) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of EUROPEAN_COUNTRIES) {
      const name = names.of(code);
      if (name) t.set(foldName(name), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) t.set(foldName(alias), code);
  for (const [alpha3, code] of Object.entries(ALPHA3)) t.set(alpha3.toLowerCase(), code);
  for (const code of EUROPEAN_COUNTRIES) t.set(code.toLowerCase(), code);
  // "UK" is the usual abbreviation, though the ISO code is GB.
  t.set('uk', 'GB');
  table = t;
  return t;
}

/**
 * The ISO code of a European country written as a name (English, Romanian, French or
 * German, with or without accents) or as an ISO alpha-2 or alpha-3 code; null if unknown.
 */
export function resolveCountry(value: string): string | null {
  const key = foldName(value);
  if (key === '') return null;
  return countryTable().get(key) ?? null;
}
