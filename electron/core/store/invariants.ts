import { AppFailure } from '../../../shared/ipc/errors';
import { moneyChangeProblems, moneyProblems } from './moneyInvariants';
import { activityChangeProblems, checkAllActivities } from './activityInvariants';
import { planningChangeProblems, checkAllPlanning } from './planningInvariants';
import { findById } from './recordIndex';
import type { ChangeSet } from './records';
import type { StoreData } from './schema';

/**
 * The rules that hold across records, checked on every commit against the state it would
 * produce, and over a whole store by checkAll (tests, and the migration that repairs old
 * files). A commit that breaks one is refused: nothing is written, memory is unchanged.
 */
type Partnership = StoreData['partnerships'][number];

function nestedIds(p: Partnership): string[] {
  return [
    ...p.partners.flatMap((t) => [t.id, ...t.contacts.map((c) => c.id)]),
    ...p.signings.map((s) => s.id),
    ...p.resolutions.map((r) => r.id),
    ...p.objectives.map((o) => o.id),
    ...p.timeline.map((e) => e.id),
  ];
}

function partnershipProblems(p: Partnership): string[] {
  const problems: string[] = [];
  const last = p.statusHistory.at(-1);
  if (!last || last.status !== p.status) {
    problems.push(`partnership ${p.id}: its status ${p.status} is not its last recorded change`);
  }
  const ids = nestedIds(p);
  if (new Set([p.id, ...ids]).size !== ids.length + 1)
    problems.push(`partnership ${p.id}: two items share an id`);
  const towns = new Set(p.partners.map((t) => t.id));
  for (const r of p.resolutions) {
    if (r.council !== 'home' && !towns.has(r.council)) {
      problems.push(`partnership ${p.id}: resolution ${r.id} names a council that is not a partner`);
    }
  }
  return problems;
}

export function changeProblems(after: Readonly<StoreData>, changes: ChangeSet): string[] {
  const problems: string[] = moneyChangeProblems(after, changes);
  const removedPartnerships = new Set<string>();
  for (const change of changes) {
    if (change.collection === 'partnerships') {
      if (change.op === 'remove') removedPartnerships.add(change.id);
      else problems.push(...partnershipProblems(findById(after.partnerships, change.id) as Partnership));
    }
    if (change.collection === 'agreements' && change.op === 'put') {
      const a = findById(after.agreements, change.id);
      if (!a) continue;
      if (!findById(after.partnerships, a.partnershipId)) {
        problems.push(`agreement ${a.id}: partnership ${a.partnershipId} does not exist`);
      }
      if (after.agreements.some((b) => b.partnershipId === a.partnershipId && b.id !== a.id)) {
        problems.push(`partnership ${a.partnershipId} would have two charters`);
      }
    }
    if (change.collection === 'shortlist' && change.op === 'put') {
      const e = findById(after.shortlist, change.id);
      if (e?.partnershipId && !findById(after.partnerships, e.partnershipId)) {
        problems.push(`shortlist ${e.id}: partnership ${e.partnershipId} does not exist`);
      }
    }
  }
  if (removedPartnerships.size > 0) {
    for (const a of after.agreements) {
      if (removedPartnerships.has(a.partnershipId))
        problems.push(`agreement ${a.id} outlives its partnership`);
    }
    for (const e of after.shortlist) {
      if (e.partnershipId && removedPartnerships.has(e.partnershipId)) {
        problems.push(`shortlist ${e.id} still points to a deleted partnership`);
      }
    }
  }
  problems.push(...activityChangeProblems(after, changes));
  problems.push(...planningChangeProblems(after, changes));
  return problems;
}

export function assertInvariants(after: Readonly<StoreData>, changes: ChangeSet): void {
  const problems = changeProblems(after, changes);
  if (problems.length > 0) {
    throw new AppFailure('INVARIANT', `The change was refused: ${problems.slice(0, 3).join('; ')}`);
  }
}

/** Every rule over a whole store; empty when the store is consistent. */
export function checkAll(db: Readonly<StoreData>): string[] {
  const problems: string[] = [];
  const partnerships = new Set<string>();
  const seen = new Set<string>();
  const unique = (id: string, where: string) => {
    if (seen.has(id)) problems.push(`id ${id} is used twice (${where})`);
    seen.add(id);
  };
  for (const p of db.partnerships) {
    partnerships.add(p.id);
    unique(p.id, 'partnerships');
    for (const id of nestedIds(p)) unique(id, `inside partnership ${p.id}`);
    problems.push(...partnershipProblems(p).filter((m) => !m.includes('share an id')));
  }
  const charters = new Set<string>();
  for (const a of db.agreements) {
    unique(a.id, 'agreements');
    if (!partnerships.has(a.partnershipId))
      problems.push(`agreement ${a.id}: no partnership ${a.partnershipId}`);
    if (charters.has(a.partnershipId)) problems.push(`partnership ${a.partnershipId} has two charters`);
    charters.add(a.partnershipId);
  }
  for (const e of db.shortlist) {
    unique(e.id, 'shortlist');
    if (e.partnershipId && !partnerships.has(e.partnershipId)) {
      problems.push(`shortlist ${e.id}: no partnership ${e.partnershipId}`);
    }
  }
  for (const m of db.members) unique(m.id, 'members');
  problems.push(...moneyProblems(db));
  problems.push(...checkAllActivities(db));
  problems.push(...checkAllPlanning(db));
  return problems;
}
