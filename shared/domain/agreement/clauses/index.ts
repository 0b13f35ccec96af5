import { CLAUSE_KEYS, LibraryLanguage, type AgreementText, type ClauseKey } from '../model';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { ro } from './ro';
import type { LibraryEntry } from './types';

export const CLAUSE_LIBRARY: Record<LibraryLanguage, LibraryEntry> = { en, ro, fr, de };

export function isLibraryLanguage(lang: string): lang is LibraryLanguage {
  return LibraryLanguage.safeParse(lang).success;
}

/** Objectives as the clause body writes them: one "- " list item per objective. */
function objectivesList(objectives: readonly string[], fallback: readonly string[]): string {
  const items = objectives.map((o) => o.trim()).filter((o) => o !== '');
  return (items.length > 0 ? items : fallback).map((o) => `- ${o}`).join('\n');
}

/**
 * The library's clause with the partnership's common objectives written in. Objectives
 * are recorded in one language, so other languages receive them to translate.
 */
export function libraryClause(
  from: LibraryLanguage,
  key: ClauseKey,
  objectives: readonly string[],
): { heading: string; body: string } {
  const entry = CLAUSE_LIBRARY[from];
  const clause = entry.clauses[key];
  const body = clause.body.replace('{objectives}', objectivesList(objectives, entry.defaultObjectives));
  return { heading: clause.heading, body };
}

/** A full text for a language, started from a library language (its own when there is one). */
export function libraryText(from: LibraryLanguage, objectives: readonly string[]): AgreementText {
  const clauses = Object.fromEntries(
    CLAUSE_KEYS.map((key) => [key, libraryClause(from, key, objectives)]),
  ) as Record<ClauseKey, { heading: string; body: string }>;
  return { basedOn: from, labels: { ...CLAUSE_LIBRARY[from].labels }, clauses };
}

/** The library language a new text in `lang` starts from: itself, else English. */
export function defaultBase(lang: string): LibraryLanguage {
  return isLibraryLanguage(lang) ? lang : 'en';
}
