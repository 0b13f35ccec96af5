import type { Activity } from '../activities/activity';
import { isMilestoneYear } from '../anniversaries';
import { isYearOnly } from '../common';
import { firstSigning, partnershipTitle, type Partnership } from '../partnership';
import type { Plan } from '../plan/plan';
import type { TimelineItem, TimelineRow, TimelineSpan } from './timeline';

export interface TimelineSources {
  partnerships: readonly Pick<Partnership, 'id' | 'status' | 'signings' | 'partners'>[];
  plans: readonly Pick<Plan, 'partnershipId' | 'actions' | 'milestones'>[];
  activities: readonly Pick<
    Activity,
    'id' | 'title' | 'partnershipIds' | 'startDate' | 'endDate' | 'status'
  >[];
  /** Open applications' deadlines, with the links their activities belong to. */
  deadlines: readonly {
    applicationId: string;
    title: string;
    programmeName: string;
    internal: string | null;
    funder: { date: string };
    partnershipIds: readonly string[];
  }[];
}

const yearOf = (date: string) => Number(date.slice(0, 4));

function onYear(signedOn: string, year: number): string {
  const [, m, d] = signedOn.split('-');
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${m}-${m === '02' && d === '29' && !leap ? '28' : d}`;
}

/** Oldest first; a day before its year's undated items would be arbitrary, so undated come first in their year. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.year - b.year ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    a.title.localeCompare(b.title) ||
    a.key.localeCompare(b.key)
  );
}

type Plans = ReadonlyMap<string, TimelineSources['plans'][number]>;
type ByLink<T> = ReadonlyMap<string, readonly T[]>;

/** Each link's records, found in one pass: 30 links × 5,400 activities must not be 30 passes. */
function byLink<T>(records: readonly T[], linksOf: (r: T) => readonly string[]): ByLink<T> {
  const found = new Map<string, T[]>();
  for (const r of records)
    for (const id of new Set(linksOf(r))) {
      const list = found.get(id);
      if (list) list.push(r);
      else found.set(id, [r]);
    }
  return found;
}

/** Every dated thing of one link: its signings, round anniversaries, plan, activities. */
function linkItems(
  link: TimelineSources['partnerships'][number],
  plans: Plans,
  activities: readonly TimelineSources['activities'][number][],
): TimelineItem[] {
  const items: TimelineItem[] = [];
  const plan = plans.get(link.id);
  const toLink = { to: 'partnership', id: link.id } as const;
  const toPlan = { to: 'plan', id: link.id } as const;
  link.signings.forEach((sig, i) => {
    const dated = !isYearOnly(sig.date);
    items.push({
      key: `signing:${link.id}:${i}`,
      kind: 'signing',
      title: sig.place,
      date: dated ? sig.date : null,
      year: yearOf(sig.date),
      until: null,
      detail: '',
      target: toLink,
    });
  });
  for (const m of plan?.milestones ?? [])
    items.push({
      key: `milestone:${link.id}:${m.id}`,
      kind: 'milestone',
      title: m.title,
      date: m.date,
      year: m.date ? yearOf(m.date) : m.year,
      until: null,
      detail: m.years === null ? '' : String(m.years),
      target: toPlan,
    });
  for (const a of plan?.actions ?? [])
    if (a.status !== 'dropped')
      items.push({
        key: `action:${link.id}:${a.id}`,
        kind: 'action',
        title: a.title,
        date: null,
        year: a.year,
        until: null,
        detail: a.status,
        target: toPlan,
      });
  for (const a of activities)
    if (a.status !== 'cancelled')
      items.push({
        key: `activity:${link.id}:${a.id}`,
        kind: 'activity',
        title: a.title,
        date: a.startDate,
        year: yearOf(a.startDate),
        until: a.endDate === a.startDate ? null : a.endDate,
        detail: a.status,
        target: { to: 'activity', id: a.id },
      });
  return items;
}

function deadlineItem(d: TimelineSources['deadlines'][number], row: string): TimelineItem {
  const date = d.internal ?? d.funder.date;
  return {
    key: `deadline:${row}:${d.applicationId}`,
    kind: 'deadline',
    title: d.title,
    date,
    year: yearOf(date),
    until: d.internal ? d.funder.date : null,
    detail: d.programmeName,
    target: { to: 'application', id: d.applicationId },
  };
}

/** The round anniversaries of the first signing in the span that the plan does not already mark. */
function anniversaryItems(
  link: TimelineSources['partnerships'][number],
  kept: readonly TimelineItem[],
  span: TimelineSpan,
): TimelineItem[] {
  const signedOn = firstSigning(link);
  if (signedOn === null || link.status === 'ended') return [];
  const marked = new Set(kept.filter((i) => i.kind === 'milestone' && i.detail !== '').map((i) => i.year));
  const items: TimelineItem[] = [];
  for (let year = Math.max(span.fromYear, yearOf(signedOn) + 1); year <= span.toYear; year++) {
    const years = year - yearOf(signedOn);
    if (!isMilestoneYear(years) || marked.has(year)) continue;
    items.push({
      key: `anniversary:${link.id}:${year}`,
      kind: 'anniversary',
      title: partnershipTitle(link),
      date: isYearOnly(signedOn) ? null : onYear(signedOn, year),
      year,
      until: null,
      detail: String(years),
      target: { to: 'partnership', id: link.id },
    });
  }
  return items;
}

const within = (span: TimelineSpan) => (i: TimelineItem) => i.year >= span.fromYear && i.year <= span.toYear;

export interface CollectedTimeline {
  rows: TimelineRow[];
  earliestYear: number | null;
  latestYear: number | null;
}

/**
 * The timeline of all partnerships: a row per link, oldest signing first (unsigned links after,
 * by name), then one for funding that serves no link's activity, shown only when it has items.
 */
export function collectTimeline(s: TimelineSources, span: TimelineSpan): CollectedTimeline {
  let earliestYear: number | null = null;
  let latestYear: number | null = null;
  const note = (items: readonly TimelineItem[]) => {
    for (const i of items) {
      earliestYear = earliestYear === null ? i.year : Math.min(earliestYear, i.year);
      latestYear = latestYear === null ? i.year : Math.max(latestYear, i.year);
    }
  };
  const inSpan = within(span);
  const links = [...s.partnerships].sort(
    (a, b) =>
      (firstSigning(a) ?? '9999').slice(0, 4).localeCompare((firstSigning(b) ?? '9999').slice(0, 4)) ||
      partnershipTitle(a).localeCompare(partnershipTitle(b)),
  );
  const known = new Set(links.map((l) => l.id));
  const plans: Plans = new Map(s.plans.map((p) => [p.partnershipId, p]));
  const activities = byLink(s.activities, (a) => a.partnershipIds);
  const deadlines = byLink(s.deadlines, (d) => d.partnershipIds);
  const rows: TimelineRow[] = links.map((link) => {
    const own = [
      ...linkItems(link, plans, activities.get(link.id) ?? []),
      ...(deadlines.get(link.id) ?? []).map((d) => deadlineItem(d, link.id)),
    ];
    note(own);
    const items = own.filter(inSpan);
    items.push(...anniversaryItems(link, items, span));
    return { partnershipId: link.id, title: partnershipTitle(link), items: items.sort(compareItems) };
  });
  const loose = s.deadlines
    .filter((d) => !d.partnershipIds.some((id) => known.has(id)))
    .map((d) => deadlineItem(d, 'none'));
  note(loose);
  const looseInSpan = loose.filter(inSpan).sort(compareItems);
  if (looseInSpan.length > 0) rows.push({ partnershipId: null, title: '', items: looseInSpan });
  return { rows, earliestYear, latestYear };
}
