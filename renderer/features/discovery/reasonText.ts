import type { TFunction } from 'i18next';
import type { Reason } from '../../../shared/domain/partnerSearch';
import type { Format } from '../../i18n/format';
import { themeLabelKey } from '../../i18n/themes';

const list = (items: readonly string[], label: (item: string) => string) => items.map(label).join(', ');

/** One reason as a sentence in the UI language: codes become names, numbers are formatted. */
export function reasonText(reason: Reason, t: TFunction, format: Format): string {
  const p = reason.params;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(p)) {
    if (Array.isArray(value)) continue;
    values[key] = typeof value === 'number' ? format.number(value) : value;
  }
  // A count picks the plural form: Romanian says "50.171 de locuitori" but "12 locuitori".
  if (typeof p.population === 'number') values.count = p.population;
  let context: string | undefined;
  if (typeof p.country === 'string') {
    values.country = format.country(p.country);
    // Opening a sentence, the name takes its article and its verb agrees: "Les Pays-Bas sont…".
    const subject = format.countrySubject(p.country);
    values.theCountry = subject.text;
    if (subject.plural) context = 'several';
  }
  if (Array.isArray(p.languages)) values.languages = list(p.languages, format.language);
  if (Array.isArray(p.themes)) {
    values.themes = list(p.themes, (th) => t(themeLabelKey(th)));
    values.count = p.themes.length;
  }
  return t(`discovery:reason.${reason.code}`, { ...values, context });
}
