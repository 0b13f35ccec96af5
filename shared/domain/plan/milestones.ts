import { isMilestoneYear } from '../anniversaries';
import { isYearOnly } from '../common';
import { firstSigning } from '../partnership';
import type { Milestone } from './plan';

export type SuggestedMilestone = Omit<Milestone, 'id' | 'title' | 'kind'> & {
  kind: 'anniversary';
  years: number;
};

function onYear(signedOn: string, year: number): string {
  const [, m, d] = signedOn.split('-');
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${m}-${m === '02' && d === '29' && !leap ? '28' : d}`;
}

/**
 * The round anniversaries of the first signing (anniversaries.ts decides which are round) that
 * fall in the given years, and that the plan does not hold yet. A signing known by its year
 * alone gives an anniversary by its year alone.
 */
export function suggestedMilestones(
  link: { signings: readonly { date: string }[] },
  years: readonly number[],
  kept: readonly Pick<Milestone, 'kind' | 'year'>[] = [],
): SuggestedMilestone[] {
  const signedOn = firstSigning(link);
  if (signedOn === null) return [];
  const signedYear = Number(signedOn.slice(0, 4));
  const held = new Set(kept.filter((m) => m.kind === 'anniversary').map((m) => m.year));
  return years
    .filter((year) => isMilestoneYear(year - signedYear) && !held.has(year))
    .map((year) => ({
      kind: 'anniversary' as const,
      year,
      years: year - signedYear,
      date: isYearOnly(signedOn) ? null : onYear(signedOn, year),
    }));
}
