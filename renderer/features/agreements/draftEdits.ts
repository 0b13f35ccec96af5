import { libraryClause, libraryText } from '../../../shared/domain/agreement/clauses';
import type {
  AgreementContent,
  AgreementParty,
  Clause,
  ClauseKey,
  LabelKey,
  Ceremony,
  LibraryLanguage,
  LocalName,
  Signatory,
} from '../../../shared/domain/agreement/model';
import { startText } from '../../../shared/domain/agreement/seed';

/** Pure changes to a charter draft; each returns a new draft and never drops text already typed. */
export type Edit = (content: AgreementContent) => AgreementContent;

/**
 * Chooses the language in slot 0 or 1. Picking the other slot's language swaps them. A
 * language without a text yet starts from the library; texts of languages left keep their words.
 */
export const chooseLanguage =
  (slot: 0 | 1, lang: string): Edit =>
  (c) => {
    const other = c.languages[slot === 0 ? 1 : 0];
    const current = c.languages[slot];
    const languages: [string, string] =
      lang === other
        ? slot === 0
          ? [lang, current]
          : [current, lang]
        : slot === 0
          ? [lang, other]
          : [other, lang];
    const texts = c.texts[lang] ? c.texts : { ...c.texts, [lang]: startText(lang) };
    return { ...c, languages, texts };
  };

/**
 * Replaces a language's whole text with the library's in `base`, or with an empty text
 * (for a language the library lacks; the print check refuses words left in `base`).
 */
export const startFrom =
  (lang: string, base: LibraryLanguage | null): Edit =>
  (c) => ({ ...c, texts: { ...c.texts, [lang]: libraryText(base) } });

const textOf = (c: AgreementContent, lang: string) => c.texts[lang] ?? startText(lang);

export const editClause =
  (lang: string, key: ClauseKey, patch: Partial<Clause>): Edit =>
  (c) => {
    const text = textOf(c, lang);
    const clause = { ...text.clauses[key], ...patch };
    return { ...c, texts: { ...c.texts, [lang]: { ...text, clauses: { ...text.clauses, [key]: clause } } } };
  };

/** Back to the library's words (a text started empty goes back to empty). */
export const resetClause =
  (lang: string, key: ClauseKey): Edit =>
  (c) => {
    const base = textOf(c, lang).basedOn;
    return editClause(lang, key, base ? libraryClause(base, key) : { heading: '', body: '' })(c);
  };

export const editLabel =
  (lang: string, key: LabelKey, value: string): Edit =>
  (c) => {
    const text = textOf(c, lang);
    return { ...c, texts: { ...c.texts, [lang]: { ...text, labels: { ...text.labels, [key]: value } } } };
  };

export const resetLabels =
  (lang: string): Edit =>
  (c) => {
    const text = textOf(c, lang);
    return { ...c, texts: { ...c.texts, [lang]: { ...text, labels: libraryText(text.basedOn).labels } } };
  };

export const editParty =
  (index: number, patch: Partial<AgreementParty>): Edit =>
  (c) => {
    const parties = c.parties.map((p, i) =>
      i === index ? { ...p, ...patch } : p,
    ) as AgreementContent['parties'];
    return { ...c, parties };
  };

export const editSignatory =
  (party: number, id: string, patch: Partial<Signatory>): Edit =>
  (c) => {
    const p = c.parties[party];
    return p
      ? editParty(party, { signatories: p.signatories.map((s) => (s.id === id ? { ...s, ...patch } : s)) })(c)
      : c;
  };

export const MAX_SIGNATORIES = 6;

export const addSignatory =
  (party: number, id: string): Edit =>
  (c) => {
    const p = c.parties[party];
    if (!p || p.signatories.length >= MAX_SIGNATORIES) return c;
    const office = Object.fromEntries(c.languages.map((l) => [l, '']));
    return editParty(party, { signatories: [...p.signatories, { id, name: '', office }] })(c);
  };

export const removeSignatory =
  (party: number, id: string): Edit =>
  (c) => {
    const p = c.parties[party];
    return p ? editParty(party, { signatories: p.signatories.filter((s) => s.id !== id) })(c) : c;
  };

/** A party's town name or region as one charter language writes it. */
export const editLocalName =
  (index: number, lang: string, patch: Partial<LocalName>): Edit =>
  (c) => {
    const party = c.parties[index];
    if (!party) return c;
    const current = party.names[lang] ?? { town: '', region: '' };
    return editParty(index, { names: { ...party.names, [lang]: { ...current, ...patch } } })(c);
  };

/** A ceremony's place as one charter language writes it. */
export const editCeremonyPlace =
  (index: 0 | 1, lang: string, place: string): Edit =>
  (c) => {
    const ceremony = c.signing.ceremonies[index];
    return editCeremony(index, { places: { ...ceremony.places, [lang]: place } })(c);
  };

/** The charter's copy of an objective after its texts were saved on the partnership. */
export const editObjectiveTexts =
  (id: string, texts: Readonly<Record<string, string>>): Edit =>
  (c) => ({ ...c, objectives: c.objectives.map((o) => (o.id === id ? { ...o, texts: { ...texts } } : o)) });

export const editCeremony =
  (index: 0 | 1, patch: Partial<Ceremony>): Edit =>
  (c) => {
    const ceremonies = c.signing.ceremonies.map((x, i) =>
      i === index ? { ...x, ...patch } : x,
    ) as AgreementContent['signing']['ceremonies'];
    return { ...c, signing: { ...c.signing, ceremonies } };
  };

export const setSeparate =
  (separate: boolean): Edit =>
  (c) => ({ ...c, signing: { ...c.signing, separate } });
