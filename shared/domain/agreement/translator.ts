import { defaultBase, libraryText } from './clauses';
import { fillPlaceholders, parseBody, type Block } from './fill';
import { typeset } from './typography';
import type { AgreementContent, AgreementParty, AgreementText, ClauseKey, LabelKey } from './model';

/** Everything language-dependent the printed charter needs, for one of its two languages. */
export interface Translator {
  lang: string;
  label(key: LabelKey, vars?: Readonly<Record<string, string | number>>): string;
  clause(key: ClauseKey): { heading: string; blocks: Block[] };
  /** A calendar date as written in running text ("5 June 1922", "1er juin 1922"); '' for none. */
  date(iso: string | null): string;
  country(code: string): string;
  office(signatory: AgreementParty['signatories'][number]): string;
}

export function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  // Charters between European towns write English dates the British way: 5 June 1922.
  const locale = lang === 'en' ? 'en-GB' : lang;
  const text = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  // French writes the first day of a month as an ordinal: « le 1er juin ».
  return lang === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** Building an Intl.DisplayNames loads locale data: one per language and type, kept. */
function displayName(lang: string, type: 'region' | 'language', code: string): string {
  const key = `${lang}|${type}`;
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type, fallback: 'code' });
    } catch {
      names = null;
    }
    displayNames.set(key, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The values of the placeholders clauses may use, written in `lang`. */
export function placeholderValues(content: AgreementContent, lang: string): Record<string, string> {
  const vars: Record<string, string> = {};
  const sides = ['A', 'B'] as const;
  content.parties.forEach((party, i) => {
    const side = sides[i] ?? 'A';
    const country = displayName(lang, 'region', party.country);
    const first = party.signatories[0];
    vars[`town${side}`] = party.name;
    vars[`country${side}`] = country;
    vars[`region${side}`] = party.region;
    vars[`location${side}`] = party.region.trim() ? `${party.region}, ${country}` : country;
    vars[`signatory${side}`] = first?.name ?? '';
    vars[`office${side}`] = first?.office[lang] ?? '';
    vars[`resolutionNumber${side}`] = party.resolution.number;
    vars[`resolutionDate${side}`] = formatDate(party.resolution.date, lang);
    vars[`language${side}`] = displayName(lang, 'language', content.languages[i] ?? lang);
  });
  return vars;
}

export function makeTranslator(content: AgreementContent, lang: string, text: AgreementText): Translator {
  const vars = placeholderValues(content, lang);
  return {
    lang,
    label: (key, extra = {}) => {
      const own = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)]));
      return typeset(fillPlaceholders(text.labels[key] ?? '', { ...vars, ...own }).text, lang);
    },
    clause: (key) => {
      const clause = text.clauses[key];
      return {
        heading: typeset(fillPlaceholders(clause?.heading ?? '', vars).text, lang),
        blocks: parseBody(typeset(fillPlaceholders(clause?.body ?? '', vars).text, lang)),
      };
    },
    date: (iso) => formatDate(iso, lang),
    country: (code) => displayName(lang, 'region', code),
    office: (signatory) => signatory.office[lang] ?? '',
  };
}

/** The two translators of a charter, in its language order; a language without text yet gets the library's. */
export function translatorPair(content: AgreementContent): [Translator, Translator] {
  const [a, b] = content.languages;
  const textOf = (lang: string) => content.texts[lang] ?? libraryText(defaultBase(lang), []);
  return [makeTranslator(content, a, textOf(a)), makeTranslator(content, b, textOf(b))];
}
