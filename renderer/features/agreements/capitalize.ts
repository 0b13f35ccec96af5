/** A language name standing alone (a list item, a column heading): Romanian and French write them in lower case mid-sentence. */
export function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
