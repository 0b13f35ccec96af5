import { isYearOnly } from './common';
import type { Partnership, PartnershipStatus } from './partnership';

/**
 * The life of a link (DOMAIN.md): prospect → exploratory contacts → council decision →
 * charter → active → (dormant) → (ended). Steps back are allowed where committees take
 * them (talks stall, a dormant link revives, an ended one is courted again); a link cannot
 * become active without negotiation, nor dormant before it was ever active.
 */
export const STATUS_TRANSITIONS: Readonly<Record<PartnershipStatus, readonly PartnershipStatus[]>> = {
  prospect: ['exploring', 'ended'],
  exploring: ['prospect', 'negotiating', 'ended'],
  negotiating: ['exploring', 'active', 'ended'],
  active: ['dormant', 'ended'],
  dormant: ['active', 'ended'],
  ended: ['prospect', 'exploring'],
};

export function canTransition(from: PartnershipStatus, to: PartnershipStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

type ActivitySource = Pick<
  Partnership,
  'statusHistory' | 'signings' | 'resolutions' | 'objectives' | 'timeline'
>;

/**
 * The most recent date on which something happened in the link: an exchange on the
 * timeline, a signing, a council resolution, an objective agreed, or a status change
 * that reflects contact (falling dormant or ending is not activity, and neither is the day
 * a link was merely typed in or imported). A year-only signing counts from its last day.
 * `since` is the last day of the link's latest activity (a visit, an exchange), which lives
 * in the activities since store version 8; the caller finds it (activities/linkActivity.ts).
 */
export function lastActivityDate(p: ActivitySource, since: string | null = null): string | null {
  let last: string | null = since;
  const see = (date: string | null) => {
    if (date !== null && (last === null || date > last)) last = date;
  };
  for (const e of p.timeline) see(e.date);
  for (const s of p.signings) see(isYearOnly(s.date) ? `${s.date}-12-31` : s.date);
  for (const r of p.resolutions) see(r.date);
  for (const o of p.objectives) see(o.agreedOn);
  for (const h of p.statusHistory) {
    if (!h.entered && h.status !== 'dormant' && h.status !== 'ended') see(h.date);
  }
  return last;
}

/** Statuses in which silence is a warning sign; a link already marked dormant or ended is not warned about. */
const WATCHED: readonly PartnershipStatus[] = ['exploring', 'negotiating', 'active'];

/** Adds calendar months, keeping the day where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * True when a link that should be alive has had no recorded activity for `months`
 * months before `today` (YYYY-MM-DD), or none recorded at all: typing a link in is not
 * activity, so a registry imported from a spreadsheet is not "alive" until something is
 * recorded.
 */
export function isDormant(
  p: ActivitySource & { status: PartnershipStatus },
  months: number,
  today: string,
  lastActivityEnd: string | null = null,
): boolean {
  if (!WATCHED.includes(p.status)) return false;
  const since = lastActivityDate(p, lastActivityEnd);
  return since === null || addMonths(since, months) <= today;
}
