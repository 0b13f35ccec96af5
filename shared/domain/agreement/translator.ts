import { defaultBase, libraryEntry, libraryText } from './clauses';
import { fillPlaceholders, parseBody, type Block } from './fill';
import { unbreakable, typeset } from './typography';
import type { AgreementContent, AgreementParty, AgreementText, Ceremony, ClauseKey, LabelKey } from './model';
import { regionIn } from './regions';

/** Everything language-dependent the printed charter needs, for one of its two languages. */
export interface Translator {
  lang: string;
  label(key: LabelKey, vars?: Readonly<Record<string, string | number>>): string;
  clause(key: ClauseKey): { heading: string; blocks: Block[] };
  /** A calendar date as written in running text ("5 June 1922", "1er juin 1922"); '' for none. */
  date(iso: string | null): string;
  country(code: string): string;
  office(signatory: AgreementParty['signatories'][number]): string;
  /** A party's town name as this language writes it. */
  town(index: 0 | 1): string;
  /** A ceremony's place as this language writes it. */
  place(ceremony: Ceremony): string;
}

const localeOf = (lang: string) => libraryEntry(lang)?.locale ?? (lang === 'en' ? 'en-GB' : lang);

export function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  // Charters between European towns write English dates the British way: 5 June 1922.
  const text = new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  // French writes the first day of a month as an ordinal: « le 1er juin ».
  const own = lang === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
  const form = libraryEntry(lang)?.dateForm;
  return unbreakable(form ? form(own, d ?? 1) : own);
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** Building an Intl.DisplayNames loads locale data: one per language and type, kept. */
function displayName(lang: string, type: 'region' | 'language', code: string): string {
  const key = `${lang}|${type}`;
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([localeOf(lang)], { type, fallback: 'code' });
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

export function townIn(party: AgreementParty, lang: string): string {
  return party.names[lang]?.town.trim() || party.name;
}

export function regionOf(party: AgreementParty, lang: string): string {
  return party.names[lang]?.region.trim() || regionIn(party.region, lang);
}

export function placeIn(ceremony: Ceremony, lang: string): string {
  return ceremony.places[lang]?.trim() || ceremony.place.trim();
}

/** A language's name as its clause needs it ("rumuńskim"), from the name Intl gives. */
export function languageName(lang: string, code: string): string {
  const name = displayName(lang, 'language', code);
  return libraryEntry(lang)?.languageForm?.(name) ?? name;
}

/** The current objectives as list lines in `lang`; the library's defaults when there are none. */
export function objectivesFor(content: AgreementContent, lang: string): string {
  const first = content.languages[0];
  const items =
    content.objectives.length > 0
      ? content.objectives.map((o) => o.texts[lang]?.trim() || (lang === first ? o.statement.trim() : ''))
      : [...(libraryEntry(lang)?.defaultObjectives ?? [])];
  if (items.some((i) => i === '')) return '';
  return items.map((o) => `- ${o}`).join('\n');
}

/** The values of the placeholders clauses may use, written in `lang`. */
export function placeholderValues(content: AgreementContent, lang: string): Record<string, string> {
  const vars: Record<string, string> = {};
  const sides = ['A', 'B'] as const;
  const words = libraryEntry(lang)?.designations;
  content.parties.forEach((party, i) => {
    const side = sides[i] ?? 'A';
    const country = displayName(lang, 'region', party.country);
    const first = party.signatories[0];
    const town = unbreakable(townIn(party, lang));
    const region = regionOf(party, lang);
    const designation = words?.[party.designation];
    const named = (pattern: string | undefined) => (pattern ?? '').replace('{town}', town);
    vars[`town${side}`] = town;
    vars[`country${side}`] = country;
    vars[`region${side}`] = region;
    vars[`location${side}`] = region ? `${region}, ${country}` : country;
    vars[`party${side}`] = designation ? named(designation.party) : town;
    vars[`ofParty${side}`] = designation ? named(designation.of) : town;
    vars[`council${side}`] = named(designation?.council);
    vars[`represented${side}`] = designation?.represented ?? '';
    vars[`signatory${side}`] = first?.name ?? '';
    vars[`office${side}`] = first?.office[lang] ?? '';
    vars[`resolutionNumber${side}`] = party.resolution.number;
    vars[`resolutionDate${side}`] = formatDate(party.resolution.date, lang);
    vars[`language${side}`] = languageName(lang, content.languages[i] ?? lang);
  });
  vars.objectives = objectivesFor(content, lang);
  return vars;
}

/** A label as typed, or the library's when a text kept before the label existed left it empty. */
function labelText(text: AgreementText, lang: string, key: LabelKey): string {
  const own = text.labels[key] ?? '';
  if (own.trim() !== '') return own;
  return libraryEntry(text.basedOn ?? lang)?.labels[key] ?? '';
}

export function makeTranslator(content: AgreementContent, lang: string, text: AgreementText): Translator {
  const vars = placeholderValues(content, lang);
  const fill = (s: string, more: Record<string, string> = {}) =>
    typeset(fillPlaceholders(s, { ...vars, ...more }).text, lang);
  return {
    lang,
    label: (key, extra = {}) => {
      const own = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)]));
      return fill(labelText(text, lang, key), own);
    },
    clause: (key) => {
      const clause = text.clauses[key];
      return { heading: fill(clause?.heading ?? ''), blocks: parseBody(fill(clause?.body ?? '')) };
    },
    date: (iso) => formatDate(iso, lang),
    country: (code) => displayName(lang, 'region', code),
    office: (signatory) => signatory.office[lang] ?? '',
    town: (index) => unbreakable(townIn(content.parties[index], lang)),
    place: (ceremony) => unbreakable(placeIn(ceremony, lang)),
  };
}

/** The two translators of a charter, in its language order; a language without text yet gets the library's. */
export function translatorPair(content: AgreementContent): [Translator, Translator] {
  const [a, b] = content.languages;
  const textOf = (lang: string) => content.texts[lang] ?? libraryText(defaultBase(lang));
  return [makeTranslator(content, a, textOf(a)), makeTranslator(content, b, textOf(b))];
}
