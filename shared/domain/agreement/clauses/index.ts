import { CLAUSE_KEYS, LibraryLanguage, type AgreementText, type ClauseKey, type LabelKey } from '../model';
import { bg } from './bg';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { et } from './et';
import { fi } from './fi';
import { fr } from './fr';
import { hr } from './hr';
import { hu } from './hu';
import { it } from './it';
import { lt } from './lt';
import { lv } from './lv';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { sk } from './sk';
import { sl } from './sl';
import { sv } from './sv';
import type { LibraryEntry } from './types';

export const CLAUSE_LIBRARY: Record<LibraryLanguage, LibraryEntry> = {
  en,
  ro,
  fr,
  de,
  pl,
  hu,
  it,
  es,
  cs,
  sk,
  nl,
  pt,
  hr,
  sl,
  bg,
  el,
  sv,
  da,
  no,
  fi,
  et,
  lv,
  lt,
};

export function isLibraryLanguage(lang: string): lang is LibraryLanguage {
  return LibraryLanguage.safeParse(lang).success;
}

export function libraryEntry(lang: string): LibraryEntry | null {
  return isLibraryLanguage(lang) ? CLAUSE_LIBRARY[lang] : null;
}

/** The clause as the library writes it; {objectives} stays, to be filled from the current objectives. */
export function libraryClause(from: LibraryLanguage, key: ClauseKey): { heading: string; body: string } {
  const clause = CLAUSE_LIBRARY[from].clauses[key];
  return { heading: clause.heading, body: clause.body };
}

const EMPTY_LABELS = Object.fromEntries(
  [
    'title',
    'article',
    'page',
    'doneAt',
    'forParty',
    'signature',
    'seal',
    'draft',
    'draftOf',
    'version',
    'signedOn',
  ].map((k) => [k, '']),
) as Record<LabelKey, string>;

/**
 * A full text for a language: the library's own when it has one; otherwise an empty text
 * (never another language's words, which would print as if they were a translation).
 */
export function libraryText(from: LibraryLanguage | null): AgreementText {
  if (from === null) {
    const clauses = Object.fromEntries(CLAUSE_KEYS.map((key) => [key, { heading: '', body: '' }]));
    return { basedOn: null, labels: { ...EMPTY_LABELS }, clauses } as AgreementText;
  }
  const clauses = Object.fromEntries(CLAUSE_KEYS.map((key) => [key, libraryClause(from, key)]));
  return { basedOn: from, labels: { ...CLAUSE_LIBRARY[from].labels }, clauses } as AgreementText;
}

/** The library language a new text in `lang` starts from: itself, or none (an empty text). */
export function defaultBase(lang: string): LibraryLanguage | null {
  return isLibraryLanguage(lang) ? lang : null;
}
