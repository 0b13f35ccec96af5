/**
 * Official (and co-official national) languages of each European country, ISO 639-1.
 * Partner search uses it to tell whether a candidate town shares a working language with
 * the home town; it is a rough guide (regional languages are left out), so the reasons
 * shown to the secretary name the languages rather than hide them in a score.
 */
export const COUNTRY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  AT: ['de'], BE: ['nl', 'fr', 'de'], BG: ['bg'], HR: ['hr'], CY: ['el', 'tr'], CZ: ['cs'],
  DK: ['da'], EE: ['et'], FI: ['fi', 'sv'], FR: ['fr'], DE: ['de'], GR: ['el'], HU: ['hu'],
  IE: ['ga', 'en'], IT: ['it'], LV: ['lv'], LT: ['lt'], LU: ['lb', 'fr', 'de'], MT: ['mt', 'en'],
  NL: ['nl'], PL: ['pl'], PT: ['pt'], RO: ['ro'], SK: ['sk'], SI: ['sl'], ES: ['es', 'ca', 'gl', 'eu'],
  SE: ['sv'], IS: ['is'], LI: ['de'], NO: ['no'], CH: ['de', 'fr', 'it', 'rm'], GB: ['en', 'cy'],
  AL: ['sq'], BA: ['bs', 'hr', 'sr'], ME: ['sr'], MK: ['mk', 'sq'], RS: ['sr'], XK: ['sq', 'sr'],
  UA: ['uk'], MD: ['ro'], BY: ['be', 'ru'], TR: ['tr'], GE: ['ka'], AM: ['hy'], AZ: ['az'],
  AD: ['ca'], MC: ['fr'], SM: ['it'], VA: ['it'], FO: ['fo', 'da'], GI: ['en'], IM: ['en'],
  JE: ['en', 'fr'], GG: ['en', 'fr'], AX: ['sv'], RU: ['ru'],
};

export function countryLanguages(country: string): readonly string[] {
  return COUNTRY_LANGUAGES[country] ?? [];
}
