import {
  Plan,
  planYears,
  type MilestoneDraft,
  type MilestoneLink,
  type PlanActionDraft,
  type PlanRecord,
  type PlanReviewDraft,
} from '../../../shared/domain/plan/plan';
import { reviewPlan, type ReviewRefusal } from '../../../shared/domain/plan/rollover';
import { AppFailure, toFieldIssues } from '../../../shared/ipc/errors';
import type { Tx } from '../store/transaction';
import type { ServiceContext } from '../context';
import { checkOwner, detachTasks, fieldFailure } from './planningLinks';
import { localIsoDate } from '../today';

const noPlan = (id: string) => new AppFailure('NOT_FOUND', `No plan with id ${id}`);

const REVIEW_REFUSALS: Record<ReviewRefusal, string> = {
  date_outside_year: 'The review meeting is held in the year it closes or early in the next',
  date_in_future: 'A review cannot be recorded before its meeting is held',
  unknown_action: 'Only the closed year’s open actions can move to the next year',
};

function checkedPlan(plan: Plan): Plan {
  const parsed = Plan.safeParse(plan);
  if (!parsed.success)
    throw new AppFailure('VALIDATION', 'The plan would not be valid', toFieldIssues(parsed.error.issues));
  return parsed.data;
}

/** The rules one action meets: a year the plan looks at, the link's objectives and activities, a member as owner. */
function checkAction(
  tx: Tx,
  plan: Plan,
  draft: PlanActionDraft,
  before: Plan['actions'][number] | undefined,
) {
  const years = planYears(plan);
  if (!years.includes(draft.year) && draft.year !== before?.year)
    throw fieldFailure(['year'], 'action_year_outside_plan', 'The plan looks only at its three years');
  const link = tx.get('partnerships', plan.partnershipId);
  const objectives = new Set(link?.objectives.map((o) => o.id));
  if (draft.objectiveIds.some((id) => !objectives.has(id)))
    throw fieldFailure(
      ['objectiveIds'],
      'unknown_objective',
      'The action names an objective the link does not have',
    );
  for (const id of draft.activityIds) {
    const a = tx.get('activities', id);
    if (!a) throw fieldFailure(['activityIds'], 'link_gone', 'The action names an activity that was deleted');
    if (!a.partnershipIds.includes(plan.partnershipId))
      throw fieldFailure(['activityIds'], 'activity_not_of_link', 'The activity belongs to another link');
  }
  checkOwner(tx, draft.ownerId, before?.ownerId ?? null, ['ownerId']);
}

/** A milestone marks one of this plan's actions, or an activity of the plan's link that still exists. */
function checkMilestoneLink(tx: Tx, plan: Plan, link: MilestoneLink | null): void {
  if (link === null) return;
  if (link.kind === 'action') {
    if (!plan.actions.some((a) => a.id === link.actionId))
      throw fieldFailure(['link'], 'link_gone', 'The milestone names an action the plan does not have');
    return;
  }
  const activity = tx.get('activities', link.activityId);
  if (!activity)
    throw fieldFailure(['link'], 'link_gone', 'The milestone names an activity that was deleted');
  if (!activity.partnershipIds.includes(plan.partnershipId))
    throw fieldFailure(['link'], 'activity_not_of_link', 'The activity belongs to another link');
}

/** The rolling plan of each partnership: its actions, milestones and yearly reviews. */
export function planService(ctx: ServiceContext) {
  const edit = async (
    planId: string,
    rev: number | undefined,
    change: (tx: Tx, plan: PlanRecord) => Plan,
  ) => {
    const { value } = await ctx.store().transaction((tx) => {
      const plan = tx.get('plans', planId);
      if (!plan) throw noPlan(planId);
      return tx.put('plans', { ...checkedPlan(change(tx, plan)), id: planId }, rev);
    });
    return value;
  };

  return {
    get: (partnershipId: string): PlanRecord | null =>
      ctx.store().data.plans.find((p) => p.partnershipId === partnershipId) ?? null,

    async start(partnershipId: string, firstYear: number): Promise<PlanRecord> {
      const { value } = await ctx.store().transaction((tx) => {
        if (!tx.get('partnerships', partnershipId))
          throw new AppFailure('NOT_FOUND', `No partnership with id ${partnershipId}`);
        if (tx.all('plans').some((p) => p.partnershipId === partnershipId))
          throw fieldFailure(['firstYear'], 'plan_exists', 'This link already has a plan');
        const thisYear = tx.now.getFullYear();
        if (firstYear < thisYear - 1 || firstYear > thisYear + 1)
          throw fieldFailure(
            ['firstYear'],
            'plan_start_year',
            'A plan starts this year, last year or next year',
          );
        const plan = {
          partnershipId,
          firstYear,
          actions: [],
          milestones: [],
          reviews: [],
          createdAt: tx.now.toISOString(),
        };
        checkedPlan({ id: 'new', ...plan });
        return tx.insert('plans', plan);
      });
      return value;
    },

    saveAction: (planId: string, rev: number | undefined, { id, ...draft }: PlanActionDraft) =>
      edit(planId, rev, (tx, plan) => {
        const before = id === undefined ? undefined : plan.actions.find((a) => a.id === id);
        if (id !== undefined && !before) throw new AppFailure('NOT_FOUND', `No action with id ${id}`);
        checkAction(tx, plan, draft, before);
        if (before)
          return { ...plan, actions: plan.actions.map((a) => (a.id === id ? { ...before, ...draft } : a)) };
        return {
          ...plan,
          actions: [...plan.actions, { id: ctx.newId(), ...draft, formerOwner: '', carried: 0 }],
        };
      }),

    /** The tasks that served the action keep its title as a note. */
    removeAction: (planId: string, rev: number | undefined, actionId: string) =>
      edit(planId, rev, (tx, plan) => {
        if (!plan.actions.some((a) => a.id === actionId))
          throw new AppFailure('NOT_FOUND', `No action with id ${actionId}`);
        detachTasks(tx, (l) => l.kind === 'planAction' && l.actionId === actionId);
        return {
          ...plan,
          actions: plan.actions.filter((a) => a.id !== actionId),
          // A milestone that marked the action stays, serving nothing in particular.
          milestones: plan.milestones.map((m) =>
            m.link?.kind === 'action' && m.link.actionId === actionId ? { ...m, link: null } : m,
          ),
        };
      }),

    saveMilestone: (planId: string, rev: number | undefined, id: string | undefined, m: MilestoneDraft) =>
      edit(planId, rev, (tx, plan) => {
        if (m.date !== null && Number(m.date.slice(0, 4)) !== m.year)
          throw fieldFailure(['date'], 'milestone_date_year', 'The day falls in another year');
        checkMilestoneLink(tx, plan, m.link ?? null);
        if (id === undefined) return { ...plan, milestones: [...plan.milestones, { id: ctx.newId(), ...m }] };
        if (!plan.milestones.some((x) => x.id === id))
          throw new AppFailure('NOT_FOUND', `No milestone ${id}`);
        return { ...plan, milestones: plan.milestones.map((x) => (x.id === id ? { id, ...m } : x)) };
      }),

    removeMilestone: (planId: string, rev: number | undefined, milestoneId: string) =>
      edit(planId, rev, (_tx, plan) => {
        if (!plan.milestones.some((m) => m.id === milestoneId))
          throw new AppFailure('NOT_FOUND', `No milestone ${milestoneId}`);
        return { ...plan, milestones: plan.milestones.filter((m) => m.id !== milestoneId) };
      }),

    /** Closes the plan's first year, carries what the meeting chose and opens the next third year. */
    review: (planId: string, rev: number | undefined, draft: PlanReviewDraft) =>
      edit(planId, rev, (tx, plan) => {
        for (const [i, id] of draft.memberIds.entries())
          if (!tx.get('members', id))
            throw fieldFailure(['memberIds', i], 'owner_not_member', 'Not a member');
        const result = reviewPlan(plan, draft, { id: ctx.newId(), today: localIsoDate(tx.now) });
        if (!result.ok)
          throw fieldFailure([result.path], `review_${result.reason}`, REVIEW_REFUSALS[result.reason]);
        return result.plan;
      }),
  };
}
export type PlanService = ReturnType<typeof planService>;
