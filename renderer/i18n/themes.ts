import type { Theme } from '../../shared/domain/partnership';

/**
 * A theme's one name, the same on the shortlist, in the search, on a partnership and its
 * objectives (the shortlist once said "Culture" where the partnership said "Art and culture").
 */
export const themeLabelKey = (theme: Theme | (string & {})) => `partnerships:theme.${theme}` as const;
