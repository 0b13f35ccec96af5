import type { CategoryWords } from '../../../shared/domain/budget/categoryNames';
import { de } from './reportLanguages/de';
import { en } from './reportLanguages/en';
import { fr } from './reportLanguages/fr';
import { ro } from './reportLanguages/ro';
import type { ReportWords } from './reportLanguages/words';

export type { ReportWords } from './reportLanguages/words';

export const REPORT_WORDS: Record<'en' | 'ro' | 'fr' | 'de', ReportWords> = { en, ro, fr, de };
export type ReportLanguage = keyof typeof REPORT_WORDS;

export function reportWords(language: string): ReportWords {
  return REPORT_WORDS[language as ReportLanguage] ?? en;
}

/** Fills {name} placeholders. */
export function fill(text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The words a category is named with in a printed or exported file, in its language. */
export function categoryWords(language: string): CategoryWords {
  const w = reportWords(language);
  return { builtIn: w.categories, unnamed: w.unnamedCategory };
}
