import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { ro } from './ro';
import type { PackWords } from './types';

export type { PackWords };

const WORDS: Readonly<Record<string, PackWords>> = { en, ro, fr, de };

/** The reporting pack's words in a document language; one the table lacks prints in English. */
export const packWords = (lang: string): PackWords => WORDS[lang] ?? en;
