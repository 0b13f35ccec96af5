import countries from 'i18n-iso-countries';
import { resolveCountry as resolveEuropean } from '../../../shared/domain/countryNames';
import { foldName } from '../../../shared/domain/placeNames';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
let table: Map<string, string> | null = null;

/** Every ISO 3166-1 country by its names (official and usual) in the four UI languages and by its codes. */
function worldTable(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>();
  for (const lang of LANGUAGES) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' })))
      for (const name of names) if (!t.has(foldName(name))) t.set(foldName(name), code);
  }
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes())) {
    t.set(alpha2.toLowerCase(), alpha2);
    t.set(alpha3.toLowerCase(), alpha2);
  }
  table = t;
  return t;
}

/**
 * A participant's country as a sheet writes it. Europe first, with the spellings the
 * partnership import already knows ("Marea Britanie", "BRD"), then every other country:
 * partners' delegations bring guests from anywhere.
 */
export function resolveAnyCountry(value: string): string | null {
  const key = foldName(value);
  if (key === '') return null;
  return resolveEuropean(value) ?? worldTable().get(key) ?? null;
}
