import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { ro } from './ro';
import type { DocumentWords } from './types';

export type { DocumentWords };

export const DOCUMENT_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

const WORDS: Readonly<Record<DocumentLanguage, DocumentWords>> = { en, ro, fr, de };

export const isDocumentLanguage = (lang: string): lang is DocumentLanguage =>
  (DOCUMENT_LANGUAGES as readonly string[]).includes(lang);

/** The words of a document language; a language the table does not have yet prints in English. */
export function documentWords(lang: string): DocumentWords {
  return isDocumentLanguage(lang) ? WORDS[lang] : WORDS.en;
}

/** Fills `{name}` markers; a marker without a value stays visible, so a gap is seen, not hidden. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}
