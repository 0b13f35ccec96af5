import lib from 'i18n-iso-countries/index.js';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ro from 'i18n-iso-countries/langs/ro.json' with { type: 'json' };
import { EUROPEAN_COUNTRIES } from './europe';

for (const locale of [en, ro, fr, de]) lib.registerLocale(locale);

/** The four UI languages, whose country names (and the package's aliases) an import recognises. */
export const COUNTRY_NAME_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

/**
 * Every country a town can be in: ISO 3166-1 alpha-2 from i18n-iso-countries, plus Kosovo
 * (XK), which ISO has not assigned but registries and the EU use. Partners outside Europe
 * (the United States, China, Brazil, Israel, Zambia…) are as real as any other.
 */
export const ALL_COUNTRIES: readonly string[] = [
  ...new Set([...Object.keys(lib.getAlpha2Codes()), ...EUROPEAN_COUNTRIES]),
].sort();

const european = new Set<string>(EUROPEAN_COUNTRIES);
export const isEuropean = (code: string): boolean => european.has(code);

/** ISO alpha-2 for an alpha-3 code ("USA", "DEU"); undefined when it is none. */
export const fromAlpha3 = (value: string): string | undefined => lib.alpha3ToAlpha2(value.toUpperCase());

/** Every name the package knows for a country in one language: official, short and aliases. */
export function countryNames(code: string, lang: string): string[] {
  const names = lib.getName(code, lang, { select: 'all' });
  return Array.isArray(names) ? names : [];
}
