/** Dates, countries and languages as the documents print them, through Intl in the document's language. */

// Letters between European towns write English dates the British way: 10 June 2027.
const locale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string, weekday: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${weekday}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), {
      ...(weekday ? { weekday: 'long' as const } : {}),
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, f);
  }
  return f;
}

/** "10 June 2027", "1er juin 2027" (French writes the first of a month as an ordinal). */
export function formatDay(iso: string, lang: string, weekday = false): string {
  const text = dateFormat(lang, weekday).format(utc(iso));
  return lang === 'fr' && iso.endsWith('-01') ? text.replace(/(^|\s)1 /, '$11er ') : text;
}

/** "10–14 June 2027", "10 – 14 iunie 2027": Intl shortens the range the way each language does. */
export function formatDayRange(start: string, end: string, lang: string): string {
  if (start === end) return formatDay(start, lang);
  return dateFormat(lang, false).formatRange(utc(start), utc(end));
}

const names = new Map<string, Intl.DisplayNames | null>();
function displayName(lang: string, type: 'region' | 'language', code: string): string {
  const key = `${lang}|${type}`;
  let n = names.get(key);
  if (n === undefined) {
    try {
      n = new Intl.DisplayNames([locale(lang)], { type, fallback: 'code' });
    } catch {
      n = null;
    }
    names.set(key, n);
  }
  try {
    return n?.of(code) ?? code;
  } catch {
    return code;
  }
}

export const countryName = (code: string | null, lang: string): string =>
  code === null ? '' : displayName(lang, 'region', code);

export const languageName = (code: string, lang: string): string => displayName(lang, 'language', code);

/** A list joined as each language writes it: "German and French", « allemand et français ». */
export function joinList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(items);
}
