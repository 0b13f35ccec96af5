import { yearOf } from '../activities/dates';
import {
  ageRange,
  countryEligibility,
  daysInclusive,
  inGroup,
  isCounted,
  isLeader,
  monthsInclusive,
  type ActivityFact,
  type ApplicationFacts,
  type Figures,
  type Outcome,
  type RuleResult,
} from './facts';
import type { CountryList, Programme, Rule } from './programme';

type Judged = { outcome: Outcome; reason: string; figures: Figures };
const judged = (outcome: Outcome, reason: string, figures: Figures = {}): Judged => ({
  outcome,
  reason,
  figures,
});

/** A count against an optional minimum and maximum; `maybe` more could count once their data is known. */
function inRange(
  count: number,
  maybe: number,
  min: number | null,
  max: number | null,
  figures: Figures,
): Judged {
  const all = { ...figures, count, maybe, min, max };
  if (min !== null && count + maybe < min) return judged('fail', 'below', all);
  if (max !== null && count > max) return judged('fail', 'above', all);
  if ((min !== null && count < min) || (max !== null && count + maybe > max))
    return judged('unknown', 'dataMissing', all);
  return judged('pass', 'ok', all);
}

function perActivity(
  facts: ApplicationFacts,
  judge: (a: ActivityFact) => Judged,
): Judged & { activityId: string | null } {
  if (facts.activities.length === 0) return { ...judged('unknown', 'noActivity'), activityId: null };
  const results = facts.activities.map((a) => ({ ...judge(a), activityId: a.id, title: a.title }));
  const worst =
    results.find((r) => r.outcome === 'fail') ?? results.find((r) => r.outcome === 'unknown') ?? results[0]!;
  return { ...worst, figures: { ...worst.figures, activity: worst.title }, activityId: worst.activityId };
}

function applicantCountries(facts: ApplicationFacts, lists: CountryList[], eu: CountryList | undefined) {
  const sure = new Set<string>();
  const maybe = new Set<string>();
  const euSure = new Set<string>();
  let noCountry = 0;
  for (const a of facts.applicants) {
    if (a.country === null) {
      noCountry++;
      continue;
    }
    const e = countryEligibility(a.country, lists);
    if (e === 'yes') sure.add(a.country);
    if (e === 'notEntered') maybe.add(a.country);
    if (eu?.countries.includes(a.country)) euSure.add(a.country);
  }
  return { sure, maybe, euSure, noCountry };
}

type NationalGroupsRule = Extract<Rule, { kind: 'nationalGroups' }>;

/**
 * The national groups of one activity, counted per country from its recorded participants.
 * Each applicant's country sends a group: one with nobody recorded yet cannot be judged, and
 * fewer groups than the rule asks fails once every applicant's group is there.
 */
function nationalGroups(rule: NationalGroupsRule, a: ActivityFact, facts: ApplicationFacts): Judged {
  const groups = new Map<string, { young: number; leaders: number }>();
  let noCountry = 0;
  for (const p of a.participants.filter(isCounted)) {
    if (p.country === null) {
      noCountry++;
      continue;
    }
    const g = groups.get(p.country) ?? { young: 0, leaders: 0 };
    if (isLeader(p)) g.leaders++;
    else g.young++;
    groups.set(p.country, g);
  }
  const expected = new Set(facts.applicants.flatMap((x) => (x.country ? [x.country] : [])));
  const missing = [...expected].filter((c) => !groups.has(c)).sort();
  const figures = {
    groups: groups.size,
    minGroups: rule.minGroups,
    minYoung: rule.minYoung,
    minLeaders: rule.minLeaders,
    noCountry,
    missing: missing.join(', '),
  };
  const short = [...groups].find(([, g]) => g.young < rule.minYoung || g.leaders < rule.minLeaders);
  if (groups.size === 0) return judged('unknown', 'nobody', figures);
  if (short) {
    const shortFigures = { ...figures, country: short[0], young: short[1].young, leaders: short[1].leaders };
    return noCountry > 0
      ? judged('unknown', 'countryMissing', shortFigures)
      : judged('fail', 'groupShort', shortFigures);
  }
  if (missing.length > 0) return judged('unknown', 'groupMissing', figures);
  if (rule.minGroups !== null && groups.size < rule.minGroups)
    return noCountry > 0
      ? judged('unknown', 'countryMissing', figures)
      : judged('fail', 'fewGroups', figures);
  return noCountry > 0 ? judged('unknown', 'countryMissing', figures) : judged('pass', 'ok', figures);
}

function judgeRule(
  rule: Rule,
  facts: ApplicationFacts,
  programme: Programme,
  countryLists: CountryList[],
): Judged & { activityId?: string | null } {
  const lists = countryLists.filter((l) => programme.eligibleCountries.includes(l.id));
  const eu = countryLists.find((l) => l.id === programme.euCountries);
  switch (rule.kind) {
    case 'applicants': {
      const { sure, maybe, euSure, noCountry } = applicantCountries(facts, lists, eu);
      const figures = {
        applicants: facts.applicants.length,
        countries: sure.size,
        euCountries: euSure.size,
        min: rule.min,
        minCountries: rule.minCountries,
        minEuCountries: rule.minEuCountries,
      };
      const euShort = rule.minEuCountries !== null && euSure.size + noCountry < rule.minEuCountries;
      if (facts.applicants.length < rule.min) return judged('fail', 'fewApplicants', figures);
      if (sure.size + maybe.size + noCountry < rule.minCountries)
        return judged('fail', 'fewCountries', figures);
      if (euShort) return judged('fail', 'fewEuCountries', figures);
      if (
        sure.size < rule.minCountries ||
        (rule.minEuCountries !== null && euSure.size < rule.minEuCountries)
      )
        return judged('unknown', maybe.size > 0 ? 'listNotEntered' : 'countryMissing', {
          ...figures,
          notListed: [...maybe].join(', '),
        });
      return judged('pass', 'ok', figures);
    }
    case 'applicantKinds':
    case 'leadApplicant': {
      const judgedOnes =
        rule.kind === 'leadApplicant' ? facts.applicants.filter((a) => a.lead) : facts.applicants;
      if (judgedOnes.length === 0)
        return judged('unknown', rule.kind === 'leadApplicant' ? 'noLead' : 'noApplicant');
      const wrong = judgedOnes.filter((a) => !rule.kinds.includes(a.kind));
      return wrong.length > 0
        ? judged('fail', 'wrongKind', { name: wrong[0]!.name, kind: wrong[0]!.kind })
        : judged('pass', 'ok', { count: judgedOnes.length });
    }
    case 'participants':
      return perActivity(facts, (a) => {
        const year = yearOf(a.startDate);
        let count = 0;
        let maybe = 0;
        const countries = new Set<string>();
        for (const p of a.participants) {
          const member = inGroup(p, rule.who, a.country, year);
          if (member === true) {
            count++;
            if (p.country) countries.add(p.country);
          } else if (member === null) maybe++;
        }
        return inRange(count, maybe, rule.min, rule.max, { who: rule.who, countries: countries.size });
      });
    case 'activityDays':
      return perActivity(facts, (a) =>
        inRange(daysInclusive(a.startDate, a.endDate), 0, rule.min, rule.max, {}),
      );
    case 'projectMonths': {
      if (!facts.projectStart || !facts.projectEnd)
        return judged('unknown', 'noDates', { min: rule.min, max: rule.max });
      const { months, days } = monthsInclusive(facts.projectStart, facts.projectEnd);
      const figures = { months, days, min: rule.min, max: rule.max };
      if (rule.min !== null && months < rule.min) return judged('fail', 'below', figures);
      if (rule.max !== null && (months > rule.max || (months === rule.max && days > 0)))
        return judged('fail', 'above', figures);
      return judged('pass', 'ok', figures);
    }
    case 'age':
    case 'leaderAge':
      return perActivity(facts, (a) => {
        const year = yearOf(a.startDate);
        const min = rule.min;
        const max = rule.kind === 'age' ? rule.max : null;
        const people = a.participants.filter(
          (p) => isCounted(p) && (rule.kind === 'age' ? !isLeader(p) : isLeader(p)),
        );
        let outside = 0;
        let unknown = 0;
        for (const p of people) {
          const [lo, hi] = ageRange(p, year);
          if ((min !== null && hi < min) || (max !== null && lo > max)) outside++;
          else if ((min !== null && lo < min) || (max !== null && hi > max)) unknown++;
        }
        const figures = { people: people.length, outside, unknown, min, max };
        if (people.length === 0) return judged('unknown', 'nobody', figures);
        if (outside > 0) return judged('fail', 'outside', figures);
        return unknown > 0 ? judged('unknown', 'ageUnknown', figures) : judged('pass', 'ok', figures);
      });
    case 'nationalGroups':
      return perActivity(facts, (a) => nationalGroups(rule, a, facts));
    case 'leaderRatio':
      return perActivity(facts, (a) => {
        const group = a.participants.filter((p) => inGroup(p, 'travelling', a.country, 0) === true);
        const leaders = group.filter(isLeader).length;
        const funded = Math.ceil((group.length - leaders) / rule.participantsPerLeader);
        const figures = {
          leaders,
          participants: group.length - leaders,
          funded,
          per: rule.participantsPerLeader,
        };
        if (group.length === 0) return judged('unknown', 'nobody', figures);
        return leaders > funded ? judged('fail', 'tooManyLeaders', figures) : judged('pass', 'ok', figures);
      });
    case 'nationalBalance':
      return perActivity(facts, (a) => {
        const counted = a.participants.filter(isCounted);
        const byCountry = new Map<string, number>();
        for (const p of counted) if (p.country) byCountry.set(p.country, (byCountry.get(p.country) ?? 0) + 1);
        const known = [...byCountry.values()].reduce((s, n) => s + n, 0);
        const smallest = byCountry.size < 2 ? 0 : Math.min(...byCountry.values());
        const share = known === 0 ? 0 : smallest / known;
        const figures = {
          percent: Math.round(share * 100),
          minPercent: Math.round(rule.minShare * 100),
          countries: byCountry.size,
        };
        if (known === 0) return judged('unknown', 'nobody', figures);
        if (known < counted.length) return judged('unknown', 'countryMissing', figures);
        return share + 1e-9 >= rule.minShare
          ? judged('pass', 'ok', figures)
          : judged('fail', 'unbalanced', figures);
      });
    case 'countriesIncluded': {
      const present = new Set(facts.applicants.map((a) => a.country));
      const missing = rule.countries.filter((c) => !present.has(c));
      const figures = { countries: rule.countries.join(', '), missing: missing.join(', ') };
      if (facts.applicants.length === 0) return judged('unknown', 'noApplicant', figures);
      if (missing.length === 0) return judged('pass', 'ok', figures);
      return present.has(null)
        ? judged('unknown', 'countryMissing', figures)
        : judged('fail', 'missing', figures);
    }
    case 'activityCountries': {
      const countries = new Set(
        facts.activities.map((a) => a.country).filter((c): c is string => c !== null),
      );
      const open = facts.activities.filter((a) => a.country === null).length;
      return inRange(countries.size, open, rule.min, null, {});
    }
  }
}

/** Judges every rule of one programme version against an application: pass, fail or cannot tell yet. */
export function checkEligibility(
  programme: Programme,
  facts: ApplicationFacts,
  countryLists: CountryList[],
): RuleResult[] {
  return programme.rules.map((rule) => {
    const r = judgeRule(rule, facts, programme, countryLists);
    return {
      ruleId: rule.id,
      kind: rule.kind,
      outcome: r.outcome,
      reason: r.reason,
      figures: r.figures,
      source: rule.source,
      checked: rule.checked,
      activityId: r.activityId ?? null,
    };
  });
}

export function overallOutcome(results: readonly RuleResult[]): Outcome {
  if (results.some((r) => r.outcome === 'fail')) return 'fail';
  return results.some((r) => r.outcome === 'unknown') ? 'unknown' : 'pass';
}
