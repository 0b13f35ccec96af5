import { activityReferenceIssues } from '../../../shared/domain/activities/integrity';
import { checkAllHosts, hostChangeProblems } from './hostInvariants';
import { findById } from './recordIndex';
import type { ChangeSet } from './records';
import type { StoreData } from './schema';

type Activity = StoreData['activities'][number];

function referenceProblems(
  db: Readonly<StoreData>,
  a: Activity,
  organisations: ReadonlySet<string>,
): string[] {
  const linked = a.partnershipIds.flatMap((id) => findById(db.partnerships, id) ?? []);
  return activityReferenceIssues(a, linked, organisations).map((i) => `activity ${a.id}: ${i.code} ${i.id}`);
}

const MONEY = ['budgetLines', 'ledger', 'cofinancing'] as const;

/**
 * The activity records' rules between records: an activity's links, host and organisations
 * exist; nothing (a participant, a placement, a budget line) outlives the activity it names;
 * no activity points at a deleted link or organisation.
 */
export function activityChangeProblems(after: Readonly<StoreData>, changes: ChangeSet): string[] {
  const problems: string[] = [];
  const removed = {
    activities: new Set<string>(),
    partnerships: new Set<string>(),
    organisations: new Set<string>(),
  };
  let organisations: Set<string> | null = null;
  for (const c of changes) {
    if (c.op === 'remove') {
      if (
        c.collection === 'activities' ||
        c.collection === 'partnerships' ||
        c.collection === 'organisations'
      )
        removed[c.collection].add(c.id);
      continue;
    }
    if (c.collection === 'activities') {
      const a = findById(after.activities, c.id);
      organisations ??= new Set(after.organisations.map((o) => o.id));
      if (a) problems.push(...referenceProblems(after, a, organisations));
    }
    if (c.collection === 'participants' || c.collection === 'hostAssignments') {
      const list: readonly { id: string; activityId: string }[] = after[c.collection];
      const r = findById(list, c.id);
      if (r && !findById(after.activities, r.activityId))
        problems.push(`${c.collection} ${c.id}: activity ${r.activityId} does not exist`);
    }
  }
  if (removed.activities.size > 0) {
    for (const c of ['participants', 'hostAssignments', ...MONEY] as const)
      for (const r of after[c])
        if (r.activityId && removed.activities.has(r.activityId))
          problems.push(`${c} ${r.id} still points to a deleted activity`);
  }
  if (removed.partnerships.size > 0 || removed.organisations.size > 0) {
    for (const a of after.activities) {
      if (a.partnershipIds.some((id) => removed.partnerships.has(id)))
        problems.push(`activity ${a.id} still points to a deleted partnership`);
      if (a.organisationIds.some((id) => removed.organisations.has(id)))
        problems.push(`activity ${a.id} still points to a deleted organisation`);
    }
    for (const p of after.participants)
      if (p.organisationId && removed.organisations.has(p.organisationId))
        problems.push(`participant ${p.id} still points to a deleted organisation`);
  }
  problems.push(...hostChangeProblems(after, changes));
  return problems;
}

/** The same rules over a whole store. */
export function checkAllActivities(db: Readonly<StoreData>): string[] {
  const organisations = new Set(db.organisations.map((o) => o.id));
  const problems = db.activities.flatMap((a) => referenceProblems(db, a, organisations));
  const activities = new Set(db.activities.map((a) => a.id));
  for (const c of ['participants', 'hostAssignments'] as const)
    for (const r of db[c])
      if (!activities.has(r.activityId)) problems.push(`${c} ${r.id}: no activity ${r.activityId}`);
  problems.push(...checkAllHosts(db));
  return problems;
}
