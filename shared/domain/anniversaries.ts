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
  /** The first signing, from which the years count. */
  signedOn: string;
  /** The day the milestone falls on (29 February falls on 28 February in other years). */
  date: string;
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
      const date = anniversaryOn(signedOn, year);
      const at = toUtc(date);
      if (at < start || at > end) continue;
      found.push({
        partnershipId: p.id,
        title: partnershipTitle(p),
        years,
        signedOn,
        date,
        daysAhead: Math.round((at - start) / DAY_MS),
      });
    }
  }
  return found.sort((a, b) => a.daysAhead - b.daysAhead || a.title.localeCompare(b.title));
}
