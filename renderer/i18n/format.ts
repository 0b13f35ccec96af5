import { useTranslation } from 'react-i18next';
import { countrySubject, type CountrySubject } from './countrySubject';

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', ro: 'ro-RO', fr: 'fr-FR', de: 'de-DE' };

/**
 * Language names Chromium's trimmed ICU data lacks (Node's full ICU has them): without these
 * the language lists showed the bare code "se" for Northern Sami, the language of Sápmi.
 */
const MISSING_LANGUAGE_NAMES: Record<string, Record<string, string>> = {
  se: { 'en-GB': 'Northern Sami', 'ro-RO': 'sami de nord', 'fr-FR': 'same du Nord', 'de-DE': 'Nordsamisch' },
};

function languageName(names: Intl.DisplayNames, locale: string, code: string): string {
  const name = names.of(code);
  if (name !== undefined && name !== code) return name;
  return MISSING_LANGUAGE_NAMES[code]?.[locale] ?? MISSING_LANGUAGE_NAMES[code]?.['en-GB'] ?? code;
}

export function intlLocale(language: string): string {
  return INTL_LOCALE[language] ?? language;
}

/** Dates, numbers and place names in the UI language, all from Intl (no data files). */
export function makeFormat(language: string) {
  const locale = intlLocale(language);
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  // A moment (a lock's start), in the secretary's own time zone.
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent' });
  const parts = numberFormat.formatToParts(12345.6);
  // Lists ask for the same few dozen countries on every row they draw.
  const countryNames = new Map<string, string>();
  /** A YYYY-MM-DD calendar date. */
  const date = (iso: string) => {
    const day = new Date(`${iso}T00:00:00Z`);
    // French writes the first of the month as an ordinal: "1er janvier 2027"; Intl says "1 janvier".
    if (language === 'fr' && day.getUTCDate() === 1)
      return dateFormat
        .formatToParts(day)
        .map((part) => (part.type === 'day' ? '1er' : part.value))
        .join('');
    return dateFormat.format(day);
  };
  return {
    date,
    dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
    /** A date as precise as it is known: a day, or a year alone (never shown as 1 January). */
    partialDate: (value: string) => (value.length === 4 ? value : date(value)),
    number: (n: number) => numberFormat.format(n),
    /** A share from 0 to 1 as a whole percentage: "38 %" in French and German. */
    percent: (share: number) => percentFormat.format(share),
    country: (code: string) => {
      let name = countryNames.get(code);
      if (name === undefined) {
        name = regions.of(code) ?? code;
        countryNames.set(code, name);
      }
      return name;
    },
    /** The country opening a sentence, with its article: "La France", "Die Slowakei". */
    countrySubject: (code: string): CountrySubject =>
      countrySubject(language, code, regions.of(code) ?? code),
    language: (code: string) => languageName(languages, locale, code),
    /** What number fields show between thousands and before decimals: "50.171" and "53,86791" in German. */
    separators: {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    },
  };
}

export type Format = ReturnType<typeof makeFormat>;

/** One set of formatters per language: building the Intl objects on every render was costly. */
const formats = new Map<string, Format>();

export function useFormat(): Format {
  const { i18n } = useTranslation();
  let format = formats.get(i18n.language);
  if (!format) {
    format = makeFormat(i18n.language);
    formats.set(i18n.language, format);
  }
  return format;
}
