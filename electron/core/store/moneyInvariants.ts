import { findById } from './recordIndex';
import type { ChangeSet } from './records';
import type { StoreData } from './schema';

/**
 * The money records' rules across records: a budget line, a ledger entry or a co-financing
 * plan names an activity that exists; one plan per year and activity; one rate per pair,
 * day and source (the CSV import and the form both refuse a second, so a report never has
 * two rates to choose from).
 */
const rateKey = (r: StoreData['rates'][number]) => `${r.from}>${r.to}|${r.source}|${r.date}`;

export function moneyChangeProblems(after: Readonly<StoreData>, changes: ChangeSet): string[] {
  const problems: string[] = [];
  let activityRemoved = false;
  for (const change of changes) {
    if (change.op === 'remove') {
      if (change.collection === 'activities') activityRemoved = true;
      continue;
    }
    if (
      change.collection === 'budgetLines' ||
      change.collection === 'ledger' ||
      change.collection === 'cofinancing'
    ) {
      const r = findById(
        after[change.collection] as readonly { id: string; activityId: string | null }[],
        change.id,
      );
      if (r?.activityId && !findById(after.activities, r.activityId)) {
        problems.push(`${change.collection} ${r.id}: activity ${r.activityId} does not exist`);
      }
    }
    if (change.collection === 'cofinancing') {
      const p = findById(after.cofinancing, change.id);
      if (
        p &&
        after.cofinancing.some((q) => q.id !== p.id && q.year === p.year && q.activityId === p.activityId)
      ) {
        problems.push(`the year ${p.year} would have two co-financing plans for one activity`);
      }
    }
    if (change.collection === 'rates') {
      const r = findById(after.rates, change.id);
      if (r && after.rates.some((q) => q.id !== r.id && rateKey(q) === rateKey(r))) {
        problems.push(`rate ${r.id}: a second rate ${rateKey(r)}`);
      }
    }
  }
  if (activityRemoved) problems.push(...danglingActivities(after));
  return problems;
}

function danglingActivities(db: Readonly<StoreData>): string[] {
  const problems: string[] = [];
  const activities = new Set(db.activities.map((a) => a.id));
  for (const [name, list] of [
    ['budgetLines', db.budgetLines],
    ['ledger', db.ledger],
    ['cofinancing', db.cofinancing],
  ] as const) {
    for (const r of list) {
      if (r.activityId !== null && !activities.has(r.activityId)) {
        problems.push(`${name} ${r.id} still points to activity ${r.activityId}`);
      }
    }
  }
  return problems;
}

/** Every money rule over a whole store. */
export function moneyProblems(db: Readonly<StoreData>): string[] {
  const problems = danglingActivities(db);
  const plans = new Set<string>();
  for (const p of db.cofinancing) {
    const key = `${p.year}|${p.activityId ?? ''}`;
    if (plans.has(key)) problems.push(`two co-financing plans for ${key}`);
    plans.add(key);
  }
  const rates = new Set<string>();
  for (const r of db.rates) {
    if (rates.has(rateKey(r))) problems.push(`two rates ${rateKey(r)}`);
    rates.add(rateKey(r));
  }
  return problems;
}
