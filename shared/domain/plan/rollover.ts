import { isOpenAction, type Plan, type PlanReview, type PlanReviewDraft } from './plan';

export type ReviewRefusal = 'date_outside_year' | 'date_in_future' | 'unknown_action';

export type ReviewResult =
  { ok: true; plan: Plan; review: PlanReview } | { ok: false; reason: ReviewRefusal; path: string };

/**
 * The yearly review of a rolling plan. It closes the plan's first year: what was done stays
 * done, each open action the meeting carries moves to the next year (counted in `carried`),
 * every other open action of that year is dropped; the window moves on by one year, which
 * opens a new third year. The meeting is held in the closed year or early in the next one,
 * and never in the future.
 */
export function reviewPlan(
  plan: Plan,
  draft: PlanReviewDraft,
  ctx: { id: string; today: string },
): ReviewResult {
  const year = plan.firstYear;
  const held = Number(draft.meetingDate.slice(0, 4));
  if (held !== year && held !== year + 1)
    return { ok: false, reason: 'date_outside_year', path: 'meetingDate' };
  if (draft.meetingDate > ctx.today) return { ok: false, reason: 'date_in_future', path: 'meetingDate' };
  const closing = plan.actions.filter((a) => a.year === year);
  const open = new Set(closing.filter((a) => isOpenAction(a.status)).map((a) => a.id));
  if (draft.carryIds.some((id) => !open.has(id)))
    return { ok: false, reason: 'unknown_action', path: 'carryIds' };
  const carry = new Set(draft.carryIds);
  const outcomes: PlanReview['actions'] = [];
  const actions = plan.actions.map((a) => {
    if (a.year !== year) return a;
    if (a.status === 'done') outcomes.push({ actionId: a.id, title: a.title, outcome: 'done' });
    else if (carry.has(a.id)) {
      outcomes.push({ actionId: a.id, title: a.title, outcome: 'carried' });
      return { ...a, year: year + 1, carried: a.carried + 1 };
    } else {
      outcomes.push({ actionId: a.id, title: a.title, outcome: 'dropped' });
      return { ...a, status: 'dropped' as const };
    }
    return a;
  });
  const { carryIds: _carry, ...fields } = draft;
  const review: PlanReview = { id: ctx.id, year, ...fields, actions: outcomes, openedYear: year + 3 };
  return {
    ok: true,
    review,
    plan: { ...plan, firstYear: year + 1, actions, reviews: [...plan.reviews, review] },
  };
}

export interface YearSummary {
  year: number;
  planned: number;
  done: number;
  carried: number;
  dropped: number;
  /** Still open (a year the plan still looks at). */
  open: number;
  /** When the year was reviewed, or null. */
  reviewedOn: string | null;
}

/**
 * Year on year: a reviewed year as its review left it, a year still ahead as the actions stand.
 * A carried action counts in the year it left and again in the year it moved to.
 */
export function compareYears(plan: Pick<Plan, 'actions' | 'reviews' | 'firstYear'>): YearSummary[] {
  const rows: YearSummary[] = plan.reviews.map((r) => {
    const count = (o: string) => r.actions.filter((a) => a.outcome === o).length;
    return {
      year: r.year,
      planned: r.actions.length,
      done: count('done'),
      carried: count('carried'),
      dropped: count('dropped'),
      open: 0,
      reviewedOn: r.meetingDate,
    };
  });
  const reviewed = new Set(rows.map((r) => r.year));
  const years = new Set(plan.actions.map((a) => a.year).filter((y) => y >= plan.firstYear));
  for (let y = plan.firstYear; y < plan.firstYear + 3; y++) years.add(y);
  for (const year of [...years].sort((a, b) => a - b)) {
    if (reviewed.has(year)) continue;
    const of = plan.actions.filter((a) => a.year === year);
    rows.push({
      year,
      planned: of.length,
      done: of.filter((a) => a.status === 'done').length,
      carried: 0,
      dropped: of.filter((a) => a.status === 'dropped').length,
      open: of.filter((a) => isOpenAction(a.status)).length,
      reviewedOn: null,
    });
  }
  return rows.sort((a, b) => a.year - b.year);
}
