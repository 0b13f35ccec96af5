/**
 * Countries a European twinning committee links with: the EU, the EEA and EFTA, the
 * United Kingdom, candidates and the Western Balkans, Ukraine, Moldova, Belarus, Turkey,
 * the Caucasus and the microstates. Names come from Intl.DisplayNames in the UI language.
 */
export const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

export const OTHER_EUROPEAN = [
  'IS', 'LI', 'NO', 'CH', 'GB', 'AL', 'BA', 'ME', 'MK', 'RS', 'XK', 'UA', 'MD', 'BY',
  'TR', 'GE', 'AM', 'AZ', 'AD', 'MC', 'SM', 'VA', 'FO', 'GI', 'IM', 'JE', 'GG', 'AX', 'RU',
] as const;

export const EUROPEAN_COUNTRIES: readonly string[] = [...EU_MEMBERS, ...OTHER_EUROPEAN];

export function isEuMember(country: string): boolean {
  return (EU_MEMBERS as readonly string[]).includes(country);
}

/** Official and widely used languages of those countries (ISO 639-1/-3). */
export const EUROPEAN_LANGUAGES: readonly string[] = [
  'bg', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fi', 'fr', 'ga', 'gl', 'hr',
  'hu', 'is', 'it', 'lb', 'lt', 'lv', 'mt', 'nl', 'no', 'pl', 'pt', 'ro', 'sk', 'sl', 'sq', 'sr',
  'sv', 'bs', 'mk', 'uk', 'be', 'ru', 'tr', 'ka', 'hy', 'az', 'rm', 'fo', 'fy', 'br', 'co', 'se',
];
