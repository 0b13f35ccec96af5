import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { ro } from './ro';
import type { AnnualWords } from './types';

export type { AnnualWords };

export const ANNUAL_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
export type AnnualLanguage = (typeof ANNUAL_LANGUAGES)[number];

const WORDS: Readonly<Record<AnnualLanguage, AnnualWords>> = { en, ro, fr, de };

/** The annual report's words in a document language; one the table lacks prints in English. */
export function annualWords(lang: string): AnnualWords {
  return (ANNUAL_LANGUAGES as readonly string[]).includes(lang) ? WORDS[lang as AnnualLanguage] : WORDS.en;
}
