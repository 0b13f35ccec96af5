import { BUILT_IN_CATEGORIES } from '../../../shared/domain/budget/categories';
import { findById } from './recordIndex';
import type { ChangeSet } from './records';
import type { StoreData } from './schema';

/**
 * The money records' rules across records: a budget line, a ledger entry or a co-financing
 * plan names an activity that exists; one plan per year and activity; one rate per pair,
 * day and source (the CSV import and the form both refuse a second, so a report never has
 * two rates to choose from); a grant's funding application, when named, exists; a line or a
 * spending entry names a category the committee has (built-in or its own), one record per key.
 */
const rateKey = (r: StoreData['rates'][number]) => `${r.from}>${r.to}|${r.source}|${r.date}`;

export function moneyChangeProblems(after: Readonly<StoreData>, changes: ChangeSet): string[] {
  const problems: string[] = [];
  let activityRemoved = false;
  let applicationRemoved = false;
  let categoryRemoved = false;
  for (const change of changes) {
    if (change.op === 'remove') {
      if (change.collection === 'activities') activityRemoved = true;
      if (change.collection === 'applications') applicationRemoved = true;
      if (change.collection === 'budgetCategories') categoryRemoved = true;
      continue;
    }
    if (change.collection === 'budgetLines' || change.collection === 'ledger') {
      const r =
        change.collection === 'budgetLines'
          ? findById(after.budgetLines, change.id)
          : findById(after.ledger, change.id);
      if (r) problems.push(...unknownCategories(after, [r]));
    }
    if (change.collection === 'budgetCategories') {
      const c = findById(after.budgetCategories, change.id);
      if (c && after.budgetCategories.some((o) => o.id !== c.id && o.key === c.key))
        problems.push(`category ${c.id}: a second category with the key ${c.key}`);
    }
    if (change.collection === 'ledger' || change.collection === 'cofinancing') {
      const r: Ledger | Plan | undefined =
        change.collection === 'ledger'
          ? findById(after.ledger, change.id)
          : findById(after.cofinancing, change.id);
      if (r) problems.push(...danglingApplications(after, [r]));
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
  if (applicationRemoved)
    problems.push(...danglingApplications(after, [...after.ledger, ...after.cofinancing]));
  if (categoryRemoved) problems.push(...unknownCategories(after, [...after.budgetLines, ...after.ledger]));
  return problems;
}

/** A line or a spending entry names a built-in category or one of the committee's records. */
function unknownCategories(db: Readonly<StoreData>, records: readonly (Ledger | Line)[]): string[] {
  const keys = new Set<string>([...BUILT_IN_CATEGORIES, ...db.budgetCategories.map((c) => c.key)]);
  const problems: string[] = [];
  for (const r of records) {
    const key = 'direction' in r ? (r.direction === 'expense' ? r.category : null) : r.category;
    if (key !== null && !keys.has(key)) problems.push(`${r.id} names category ${key}, which does not exist`);
  }
  return problems;
}

type Ledger = StoreData['ledger'][number];
type Plan = StoreData['cofinancing'][number];
type Line = StoreData['budgetLines'][number];

function namedApplications(r: Ledger | Plan): string[] {
  if ('shares' in r) return r.shares.flatMap((s) => (s.source.applicationId ? [s.source.applicationId] : []));
  return r.direction === 'income' && r.source.applicationId ? [r.source.applicationId] : [];
}

function danglingApplications(db: Readonly<StoreData>, records: readonly (Ledger | Plan)[]): string[] {
  const problems: string[] = [];
  for (const r of records)
    for (const id of namedApplications(r))
      if (!findById(db.applications, id))
        problems.push(`${r.id} names funding application ${id}, which does not exist`);
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
  const problems = [
    ...danglingActivities(db),
    ...unknownCategories(db, [...db.budgetLines, ...db.ledger]),
    ...danglingApplications(db, [...db.ledger, ...db.cofinancing]),
  ];
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
