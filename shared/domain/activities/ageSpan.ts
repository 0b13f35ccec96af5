import type { AgeBand } from './participant';

/** The ages each band of the register spans (as ageBandOn draws them: under 18, 18 to 30, over 30). */
export const AGE_BAND_SPAN: Record<AgeBand, readonly [number, number]> = {
  under18: [0, 17],
  from18to30: [18, 30],
  over30: [31, 130],
};

/** The ages a person may have in a year: exact from a birth year, a band's span, or anything. */
export function ageSpan(
  p: { ageBand: AgeBand | null; birthYear: number | null },
  year: number,
): [number, number] {
  if (p.birthYear !== null) return [year - p.birthYear, year - p.birthYear];
  const [lo, hi] = p.ageBand ? AGE_BAND_SPAN[p.ageBand] : [0, AGE_BAND_SPAN.over30[1]];
  return [lo, hi];
}
