import type { ClauseKey, Designation, LabelKey } from '../model';

/**
 * How one language names a party of a given kind, with {town} for its name: the form that
 * opens the parties clause ("Municipiul {town}"), the one after "of" ("Municipiului {town}"),
 * its council ("Consiliul Local al Municipiului {town}") and the participle that agrees with
 * it ("reprezentat" / "reprezentată").
 */
export interface DesignationWords {
  party: string;
  of: string;
  council: string;
  represented: string;
}

/** One language of the clause library: formal charter wording with {placeholders}. */
export interface LibraryEntry {
  labels: Record<LabelKey, string>;
  clauses: Record<ClauseKey, { heading: string; body: string }>;
  /** Used for {objectives} when the partnership has no common objectives recorded yet. */
  defaultObjectives: readonly string[];
  designations: Record<Designation, DesignationWords>;
  /** The locale for Intl dates and names when it differs from the code (pt writes pt-PT). */
  locale?: string;
  /**
   * A language's name as the languages clause needs it, from the Intl name: Polish
   * "w językach rumuńskim i polskim" needs the locative plural of "rumuński".
   */
  languageForm?: (name: string) => string;
  /** The date as running text writes it, from the Intl date: Polish adds "r." after the year. */
  dateForm?: (text: string, day: number) => string;
}
