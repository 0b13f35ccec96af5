import { isYearOnly } from './common';
import { firstSigning, partnershipTitle, type Partnership } from './partnership';

/**
 * Round years worth celebrating: every 5 up to 30, then every 10, plus 75 and every
 * quarter-century (125, 150…).
 */
export function isMilestoneYear(years: number): boolean {
  if (years <= 0) return false;
  if (years <= 30) return years % 5 === 0;
  return years % 10 === 0 || years % 25 === 0;
}

export interface Anniversary {
  partnershipId: string;
  title: string;
  years: number;
  /** The first signing, from which the years count: a day, or a year alone. */
  signedOn: string;
  /** The year the milestone falls in. */
  year: number;
  /**
   * The day it falls on (29 February falls on 28 February in other years), or null when
   * only the signing's year is known: such a milestone is announced for its year.
   */
  date: string | null;
  /** Days until the day, or until the year begins (0 within the year itself). */
  daysAhead: number;
}

const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function anniversaryOn(signedOn: string, year: number): string {
  const [, m, d] = signedOn.split('-');
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === '02' && d === '29' && !leap ? '28' : d;
  return `${String(year).padStart(4, '0')}-${m}-${day}`;
}

type Source = Pick<Partnership, 'id' | 'status' | 'signings' | 'partners'>;

/**
 * Milestone anniversaries of each link's first signing that fall between `today` and
 * `today + horizonDays` (both included), soonest first. Ended links are left out.
 */
export function anniversaries(
  partnerships: Iterable<Source>,
  today: string,
  horizonDays: number,
): Anniversary[] {
  const start = toUtc(today);
  const end = start + horizonDays * DAY_MS;
  const startYear = Number(today.slice(0, 4));
  const endYear = new Date(end).getUTCFullYear();
  const found: Anniversary[] = [];
  for (const p of partnerships) {
    if (p.status === 'ended') continue;
    const signedOn = firstSigning(p);
    if (signedOn === null) continue;
    const signedYear = Number(signedOn.slice(0, 4));
    for (let year = startYear; year <= endYear; year++) {
      const years = year - signedYear;
      if (!isMilestoneYear(years)) continue;
      const base = { partnershipId: p.id, title: partnershipTitle(p), years, signedOn, year };
      if (isYearOnly(signedOn)) {
        const at = Math.max(start, Date.UTC(year, 0, 1));
        found.push({ ...base, date: null, daysAhead: Math.round((at - start) / DAY_MS) });
        continue;
      }
      const date = anniversaryOn(signedOn, year);
      const at = toUtc(date);
      if (at < start || at > end) continue;
      found.push({ ...base, date, daysAhead: Math.round((at - start) / DAY_MS) });
    }
  }
  return found.sort((a, b) => a.daysAhead - b.daysAhead || a.title.localeCompare(b.title));
}
