import type { Activity, ActivityKind, ActivityStatus } from '../activities/activity';
import { countParticipants, type ParticipantCounts } from '../activities/counts';
import type { Participant } from '../activities/participant';
import { knownEvidence } from '../healthEvidence';
import {
  firstSigning,
  partnershipTitle,
  type Partnership,
  type PartnershipStatus,
  type Theme,
} from '../partnership';
import { healthSummary, type HealthSummary } from '../partnershipHealth';
import type { Plan, PlanActionStatus } from '../plan/plan';

/** What the annual report needs from the store; plain records, so the gathering is pure. */
export interface AnnualSources {
  partnerships: readonly Partnership[];
  activities: readonly Activity[];
  participants: readonly Pick<
    Participant,
    'activityId' | 'town' | 'country' | 'origin' | 'ageBand' | 'birthYear' | 'registration'
  >[];
  plans: readonly Plan[];
  members: readonly { id: string; name: string }[];
}

export interface ReportedAction {
  title: string;
  owner: string;
  status: PlanActionStatus;
}

export interface ReportedActivity {
  id: string;
  title: string;
  kind: ActivityKind;
  startDate: string;
  endDate: string;
  status: ActivityStatus;
  /** Held or reported: it took place. */
  held: boolean;
  counts: Pick<ParticipantCounts, 'total' | 'byCountry' | 'youth'>;
}

export interface ServedTheme {
  theme: Theme;
  /** The activities serving it this year, each with the sentence saying how. */
  by: { activity: string; how: string }[];
}

export interface ReportedPartnership {
  id: string;
  title: string;
  /** The partner towns with their countries, for the heading. */
  towns: { name: string; country: string }[];
  /** The status at the end of the year (or today, for the current year). */
  status: PartnershipStatus;
  signedOn: string | null;
  plan: {
    started: boolean;
    actions: ReportedAction[];
    done: number;
    review: { meetingDate: string; done: string; notes: string } | null;
  };
  activities: ReportedActivity[];
  themes: ServedTheme[];
  health: HealthSummary;
}

export interface YearTotals {
  partnerships: number;
  activitiesHeld: number;
  activitiesPlanned: number;
  /** Participants in the activities held, each activity counted once (a network event joins several links). */
  participants: number;
  byCountry: { country: string | null; count: number }[];
  youth: { under30: number; ageKnown: number; share: number };
  actionsPlanned: number;
  actionsDone: number;
}

export interface AnnualContent {
  year: number;
  partnerships: ReportedPartnership[];
  totals: YearTotals;
}

const HELD: readonly ActivityStatus[] = ['held', 'reported'];

/** The status the link was in on `day`: the last change on or before it; null if it began later. */
function statusOn(p: Partnership, day: string): PartnershipStatus | null {
  let found: PartnershipStatus | null = null;
  for (const change of p.statusHistory) if (change.date <= day) found = change.status;
  return found;
}

const inYear = (a: Pick<Activity, 'startDate' | 'endDate'>, year: number) =>
  Number(a.startDate.slice(0, 4)) <= year && Number(a.endDate.slice(0, 4)) >= year;

function mergeCountries(into: Map<string | null, number>, rows: ParticipantCounts['byCountry']) {
  for (const r of rows) into.set(r.country, (into.get(r.country) ?? 0) + r.count);
}

const sortCountries = (m: Map<string | null, number>) =>
  [...m]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || (a.country ?? '~').localeCompare(b.country ?? '~'));

/**
 * Per partnership, what was planned for the year and what was done, the activities with
 * participants per country and the youth share, the themes served and the health of the link;
 * and the year's totals. `today` caps the status of the current year at today.
 */
export function gatherAnnualReport(src: AnnualSources, year: number, today: string): AnnualContent {
  const end = `${year}-12-31` < today ? `${year}-12-31` : today;
  const start = `${year}-01-01`;
  const memberName = new Map(src.members.map((m) => [m.id, m.name]));
  const people = new Map<string, AnnualSources['participants'][number][]>();
  for (const p of src.participants) {
    const list = people.get(p.activityId);
    if (list) list.push(p);
    else people.set(p.activityId, [p]);
  }
  const counted = new Map<string, ReportedActivity>();
  const reportActivity = (a: Activity): ReportedActivity => {
    const known = counted.get(a.id);
    if (known) return known;
    const c = countParticipants(people.get(a.id) ?? [], a.startDate);
    const r: ReportedActivity = {
      id: a.id,
      title: a.title,
      kind: a.kind,
      startDate: a.startDate,
      endDate: a.endDate,
      status: a.status,
      held: HELD.includes(a.status),
      counts: { total: c.total, byCountry: c.byCountry, youth: c.youth },
    };
    counted.set(a.id, r);
    return r;
  };

  // The year's activities by link, found in one pass (a registry may hold thousands of links).
  const ofLink = new Map<string, Activity[]>();
  for (const a of src.activities) {
    if (!inYear(a, year)) continue;
    for (const id of a.partnershipIds) {
      const list = ofLink.get(id);
      if (list) list.push(a);
      else ofLink.set(id, [a]);
    }
  }
  const reported: ReportedPartnership[] = [];
  for (const p of src.partnerships) {
    const own = ofLink.get(p.id) ?? [];
    const activities = [...own]
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title))
      .map(reportActivity);
    const plan = src.plans.find((x) => x.partnershipId === p.id) ?? null;
    const actions = (plan?.actions ?? [])
      .filter((x) => x.year === year)
      .map((x) => ({
        title: x.title,
        owner: (x.ownerId ? memberName.get(x.ownerId) : undefined) ?? x.formerOwner,
        status: x.status,
      }));
    const status = statusOn(p, end);
    const endedBefore = status === 'ended' && !p.statusHistory.some((c) => c.date >= start);
    const engaged = status !== null && status !== 'prospect' && status !== 'exploring' && !endedBefore;
    if (!engaged && activities.length === 0 && actions.length === 0) continue;
    const review = plan?.reviews.find((r) => r.year === year) ?? null;
    reported.push({
      id: p.id,
      title: partnershipTitle(p),
      towns: p.partners.map((t) => ({ name: t.place.name, country: t.place.country })),
      status: status ?? p.status,
      signedOn: firstSigning(p),
      plan: {
        started: plan !== null,
        actions,
        done: actions.filter((x) => x.status === 'done').length,
        review: review ? { meetingDate: review.meetingDate, done: review.done, notes: review.notes } : null,
      },
      activities,
      themes: servedThemes(own),
      health: healthSummary(
        p.health,
        knownEvidence(p).map((k) => k.key),
      ),
    });
  }
  reported.sort((a, b) => a.title.localeCompare(b.title));
  return { year, partnerships: reported, totals: totalsOf(reported) };
}

/** Themes in the order the activities claim them, each with the activities serving it (cancelled ones left out). */
function servedThemes(activities: readonly Activity[]): ServedTheme[] {
  const themes = new Map<Theme, ServedTheme>();
  for (const a of [...activities].sort((x, y) => x.startDate.localeCompare(y.startDate))) {
    if (a.status === 'cancelled') continue;
    for (const t of a.themes) {
      const served = themes.get(t.theme) ?? { theme: t.theme, by: [] };
      served.by.push({ activity: a.title, how: t.how });
      themes.set(t.theme, served);
    }
  }
  return [...themes.values()];
}

function totalsOf(partnerships: readonly ReportedPartnership[]): YearTotals {
  const seen = new Map<string, ReportedActivity>();
  for (const p of partnerships) for (const a of p.activities) seen.set(a.id, a);
  const held = [...seen.values()].filter((a) => a.held);
  const countries = new Map<string | null, number>();
  let under30 = 0;
  let ageKnown = 0;
  for (const a of held) {
    mergeCountries(countries, a.counts.byCountry);
    under30 += a.counts.youth.under30;
    ageKnown += a.counts.youth.ageKnown;
  }
  const actions = partnerships.flatMap((p) => p.plan.actions);
  return {
    partnerships: partnerships.length,
    activitiesHeld: held.length,
    activitiesPlanned: [...seen.values()].filter((a) => !a.held && a.status !== 'cancelled').length,
    participants: held.reduce((n, a) => n + a.counts.total, 0),
    byCountry: sortCountries(countries),
    youth: { under30, ageKnown, share: ageKnown === 0 ? 0 : under30 / ageKnown },
    actionsPlanned: actions.length,
    actionsDone: actions.filter((x) => x.status === 'done').length,
  };
}
