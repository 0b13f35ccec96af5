import { findById } from './recordIndex';
import type { ChangeSet } from './records';
import type { StoreData } from './schema';

type Plan = StoreData['plans'][number];
type Task = StoreData['tasks'][number];
type Meeting = StoreData['meetings'][number];

function planProblems(db: Readonly<StoreData>, plan: Plan): string[] {
  const problems: string[] = [];
  const link = findById(db.partnerships, plan.partnershipId);
  if (!link) return [`plan ${plan.id}: partnership ${plan.partnershipId} does not exist`];
  if (db.plans.some((p) => p.partnershipId === plan.partnershipId && p.id !== plan.id))
    problems.push(`partnership ${plan.partnershipId} would have two plans`);
  const objectives = new Set(link.objectives.map((o) => o.id));
  const ids = new Set<string>([plan.id]);
  const unique = (id: string) => {
    if (ids.has(id)) problems.push(`plan ${plan.id}: two items share the id ${id}`);
    ids.add(id);
  };
  for (const a of plan.actions) {
    unique(a.id);
    if (a.ownerId !== null && !findById(db.members, a.ownerId))
      problems.push(`plan ${plan.id}: action ${a.id} has an owner who is not a member`);
    for (const id of a.activityIds)
      if (!findById(db.activities, id))
        problems.push(`plan ${plan.id}: action ${a.id} names a missing activity`);
    for (const id of a.objectiveIds)
      if (!objectives.has(id)) problems.push(`plan ${plan.id}: action ${a.id} names a missing objective`);
  }
  for (const m of plan.milestones) {
    unique(m.id);
    const marked = m.link ?? null;
    if (marked?.kind === 'action' && !plan.actions.some((a) => a.id === marked.actionId))
      problems.push(`plan ${plan.id}: milestone ${m.id} names a missing action`);
    if (marked?.kind === 'activity' && !findById(db.activities, marked.activityId))
      problems.push(`plan ${plan.id}: milestone ${m.id} names a missing activity`);
  }
  for (const r of plan.reviews) {
    unique(r.id);
    for (const id of r.memberIds)
      if (!findById(db.members, id)) problems.push(`plan ${plan.id}: review ${r.id} names a missing member`);
  }
  return problems;
}

function linkProblem(db: Readonly<StoreData>, t: Task): string | null {
  const link = t.link;
  if (link === null) return null;
  if (link.kind === 'activity')
    return findById(db.activities, link.activityId) ? null : `task ${t.id} points to a missing activity`;
  if (link.kind === 'planAction') {
    const plan = findById(db.plans, link.planId);
    return plan?.actions.some((a) => a.id === link.actionId)
      ? null
      : `task ${t.id} points to a missing plan action`;
  }
  if (link.kind === 'application')
    return findById(db.applications, link.applicationId)
      ? null
      : `task ${t.id} points to a missing application`;
  const meeting = findById(db.meetings, link.meetingId);
  return meeting?.decisions.some((d) => d.id === link.decisionId)
    ? null
    : `task ${t.id} points to a missing decision`;
}

function taskProblems(db: Readonly<StoreData>, t: Task): string[] {
  const problems: string[] = [];
  if (t.ownerId !== null && !findById(db.members, t.ownerId))
    problems.push(`task ${t.id} has an owner who is not a member`);
  const link = linkProblem(db, t);
  if (link) problems.push(link);
  return problems;
}

function meetingProblems(db: Readonly<StoreData>, m: Meeting): string[] {
  const problems: string[] = [];
  for (const a of m.attendees)
    if (a.memberId !== null && !findById(db.members, a.memberId))
      problems.push(`meeting ${m.id} names a missing member`);
  const ids = new Set<string>([m.id]);
  for (const d of m.decisions) {
    if (ids.has(d.id)) problems.push(`meeting ${m.id}: two decisions share an id`);
    ids.add(d.id);
    if (d.taskId !== null && !findById(db.tasks, d.taskId))
      problems.push(`meeting ${m.id}: decision ${d.id} names a missing task`);
  }
  return problems;
}

const WATCHED = new Set([
  'members',
  'activities',
  'partnerships',
  'plans',
  'tasks',
  'meetings',
  'applications',
]);

/**
 * Plans, tasks and meetings point at members, activities, a link's objectives and at each
 * other. A commit that writes one is checked; a commit that removes anything they may name
 * (or rewrites a link, whose objectives a plan names) checks them all: they are few.
 */
export function planningChangeProblems(after: Readonly<StoreData>, changes: ChangeSet): string[] {
  const needsAll = changes.some(
    (c) =>
      (c.op === 'remove' && WATCHED.has(c.collection)) ||
      (c.collection === 'partnerships' && after.plans.length > 0),
  );
  if (needsAll) return checkAllPlanning(after);
  const problems: string[] = [];
  for (const c of changes) {
    if (c.collection === 'plans') {
      const p = findById(after.plans, c.id);
      if (p) problems.push(...planProblems(after, p));
    } else if (c.collection === 'tasks') {
      const t = findById(after.tasks, c.id);
      if (t) problems.push(...taskProblems(after, t));
    } else if (c.collection === 'meetings') {
      const m = findById(after.meetings, c.id);
      if (m) problems.push(...meetingProblems(after, m));
    }
  }
  return problems;
}

/** The same rules over a whole store. */
export function checkAllPlanning(db: Readonly<StoreData>): string[] {
  return [
    ...db.plans.flatMap((p) => planProblems(db, p)),
    ...db.tasks.flatMap((t) => taskProblems(db, t)),
    ...db.meetings.flatMap((m) => meetingProblems(db, m)),
  ];
}
