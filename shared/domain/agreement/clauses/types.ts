import type { ClauseKey, LabelKey } from '../model';

/** One language of the clause library: formal charter wording with {placeholders}. */
export interface LibraryEntry {
  labels: Record<LabelKey, string>;
  clauses: Record<ClauseKey, { heading: string; body: string }>;
  /** Used for {objectives} when the partnership has no common objectives recorded yet. */
  defaultObjectives: readonly string[];
}
