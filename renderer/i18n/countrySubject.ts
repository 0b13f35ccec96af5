/**
 * A country's name as the subject of a sentence: "La France est…", "Die Slowakei ist…",
 * "The Netherlands is…". Intl gives bare names ("France", "Slowakei"); French and German put
 * an article before most of them, and a few names are plural ("Les Pays-Bas sont"). Romanian
 * names from Intl already carry theirs ("Franța", "Țările de Jos"). Codes not listed take no article.
 */
type Article = 'la' | 'le' | 'l’' | 'les' | 'die' | 'das' | 'der' | 'the';

const FRENCH: Record<string, Article> = {
  AD: 'l’',
  AL: 'l’',
  AM: 'l’',
  AT: 'l’',
  AZ: 'l’',
  BA: 'la',
  BE: 'la',
  BG: 'la',
  BY: 'la',
  CH: 'la',
  CZ: 'la',
  DE: 'l’',
  DK: 'le',
  EE: 'l’',
  ES: 'l’',
  FI: 'la',
  FR: 'la',
  GB: 'le',
  GE: 'la',
  GR: 'la',
  HR: 'la',
  HU: 'la',
  IE: 'l’',
  IS: 'l’',
  IT: 'l’',
  LI: 'le',
  LT: 'la',
  LU: 'le',
  LV: 'la',
  MD: 'la',
  ME: 'le',
  MK: 'la',
  NL: 'les',
  NO: 'la',
  PL: 'la',
  PT: 'le',
  RO: 'la',
  RS: 'la',
  RU: 'la',
  SE: 'la',
  SI: 'la',
  SK: 'la',
  TR: 'la',
  UA: 'l’',
  XK: 'le',
};

const GERMAN: Record<string, Article> = {
  CH: 'die',
  GB: 'das',
  MD: 'die',
  NL: 'die',
  SK: 'die',
  TR: 'die',
  UA: 'die',
  XK: 'der',
};

const ENGLISH: Record<string, Article> = { GB: 'the', NL: 'the' };

/** Names that take a plural verb ("Les Pays-Bas sont", "Die Niederlande sind", "Țările de Jos sunt"). */
const PLURAL: Record<string, readonly string[]> = { fr: ['NL'], de: ['NL'], ro: ['NL'], en: [] };

const TABLES: Record<string, Record<string, Article>> = { fr: FRENCH, de: GERMAN, en: ENGLISH };

export interface CountrySubject {
  /** With its article and a capital, ready to open a sentence. */
  text: string;
  plural: boolean;
}

export function countrySubject(language: string, code: string, name: string): CountrySubject {
  const article = TABLES[language]?.[code];
  const joined = !article ? name : article.endsWith('’') ? `${article}${name}` : `${article} ${name}`;
  return {
    text: joined.charAt(0).toLocaleUpperCase(language) + joined.slice(1),
    plural: PLURAL[language]?.includes(code) ?? false,
  };
}
