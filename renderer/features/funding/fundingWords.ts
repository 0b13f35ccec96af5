import type { TFunction } from 'i18next';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import type { EstimateLine } from '../../../shared/domain/funding/estimate';
import type { RuleResult } from '../../../shared/domain/funding/facts';
import type { AmountPart, Rule } from '../../../shared/domain/funding/programme';

type Range = { min?: number | null; max?: number | null };

/** "at least 25", "at most 35", "5 to 21" in the secretary's language. */
export function rangeText(t: TFunction, { min = null, max = null }: Range): string {
  if (min !== null && max !== null) return t('funding:range.both', { min, max });
  if (min !== null) return t('funding:range.min', { min });
  return t('funding:range.max', { max });
}

const kindsText = (t: TFunction, kinds: readonly string[]) =>
  kinds.map((k) => t(`funding:applicantKind.${k}`)).join(' / ');

/** Counted nouns ("1 eligible country", "2 eligible countries") with each language's plural forms. */
const counted = (t: TFunction, noun: string, count: unknown) =>
  typeof count === 'number' ? t(`funding:count.${noun}`, { count }) : '';

/** A rule as a sentence, from its kind and figures: the figures stay in the data file. */
export function ruleText(t: TFunction, rule: Rule): string {
  switch (rule.kind) {
    case 'applicants':
      return t(
        rule.minEuCountries === null ? 'funding:ruleText.applicants' : 'funding:ruleText.applicantsEu',
        {
          applicants: counted(t, 'applicants', rule.min),
          countries: counted(t, 'eligibleCountries', rule.minCountries),
          euMembers: counted(t, 'euMembers', rule.minEuCountries),
        },
      );
    case 'applicantKinds':
    case 'leadApplicant':
      return t(`funding:ruleText.${rule.kind}`, { kinds: kindsText(t, rule.kinds) });
    case 'participants':
      return t('funding:ruleText.participants', {
        range: rangeText(t, rule),
        group: t(`funding:group.${rule.who}`),
      });
    case 'activityDays':
    case 'projectMonths':
    case 'age':
      return t(`funding:ruleText.${rule.kind}`, { range: rangeText(t, rule) });
    case 'leaderAge':
      return t('funding:ruleText.leaderAge', { min: rule.min });
    case 'activityCountries':
      return t('funding:ruleText.activityCountries', { min: rule.min, count: rule.min });
    case 'nationalGroups':
      return t(
        rule.minGroups === null ? 'funding:ruleText.nationalGroups' : 'funding:ruleText.nationalGroupsMin',
        {
          ...rule,
          groupsText: counted(t, 'nationalGroups', rule.minGroups),
          youngText: counted(t, 'youngPeople', rule.minYoung),
          leadersText: counted(t, 'leaders', rule.minLeaders),
        },
      );
    case 'leaderRatio':
      return t('funding:ruleText.leaderRatio', { count: rule.participantsPerLeader });
    case 'nationalBalance':
      return t('funding:ruleText.nationalBalance', { percent: Math.round(rule.minShare * 100) });
    case 'countriesIncluded':
      return t('funding:ruleText.countriesIncluded', { countries: rule.countries.join(', ') });
  }
}

/** The figure a reason's sentence takes its plural form from, where it has one. */
function pluralOf(r: Pick<RuleResult, 'kind' | 'reason' | 'figures'>): unknown {
  const f = r.figures;
  if (r.kind === 'age') return r.reason === 'ok' ? f.people : r.reason === 'outside' ? f.outside : f.unknown;
  if (r.kind === 'leaderAge') return r.reason === 'outside' ? f.outside : f.unknown;
  if (r.kind === 'leaderRatio') return f.funded;
  return f.count;
}

/**
 * Why a rule passed, failed or could not be judged, with the figures the check used; every
 * counted noun in each language's plural forms, countries by name when `country` is given.
 */
export function resultText(
  t: TFunction,
  r: Pick<RuleResult, 'kind' | 'reason' | 'figures'>,
  country: (code: string) => string = (code) => code,
): string {
  const f = r.figures;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const names = (v: unknown) =>
    typeof v === 'string' && v !== ''
      ? v
          .split(', ')
          .map((c) => country(c))
          .join(', ')
      : '';
  const plural = pluralOf(r);
  const values = {
    ...f,
    ...(typeof plural === 'number' ? { count: plural } : {}),
    limit:
      f.min !== undefined || f.max !== undefined ? rangeText(t, { min: num(f.min), max: num(f.max) }) : '',
    group: typeof f.who === 'string' ? t(`funding:group.${f.who}`) : '',
    counted:
      typeof f.who === 'string' && typeof f.count === 'number'
        ? t(`funding:count.who.${f.who}`, { count: f.count })
        : '',
    kind: typeof f.kind === 'string' ? t(`funding:applicantKind.${f.kind}`) : '',
    activity: f.activity ?? '',
    country: names(f.country),
    missing: names(f.missing),
    ...(typeof f.countries === 'string' ? { countries: names(f.countries) } : {}),
    fromCountries:
      typeof f.countries === 'number' ? t('funding:reason.common.fromCountries', { count: f.countries }) : '',
    applicantsText: counted(t, 'applicants', f.applicants),
    countriesText: counted(t, 'eligibleCountries', f.countries),
    euMembersText: counted(t, 'euMembers', f.euCountries),
    euStatesText: counted(t, 'euStates', f.euCountries),
    groupsText: counted(t, 'nationalGroups', f.groups),
    minGroupsText: counted(t, 'nationalGroups', f.minGroups),
    youngText: counted(t, 'youngPeople', f.young),
    leadersText: counted(t, 'leaders', f.leaders),
    minYoungText: counted(t, 'youngPeople', f.minYoung),
    minLeadersText: counted(t, 'leaders', f.minLeaders),
    participantsText: counted(t, 'participants', f.participants),
    peopleText: counted(t, 'youngParticipants', f.people),
    unknownText: counted(t, 'groupLeaders', f.unknown),
    monthsText: counted(t, 'months', f.months),
    daysText: counted(t, 'days', f.days),
  };
  return t([`funding:reason.${r.kind}.${r.reason}`, `funding:reason.common.${r.reason}`], values);
}

const money = (amount: number, currency: string, language: string) =>
  formatMoney({ amount, currency: currency as CurrencyCode }, language);

/** An amount part as a sentence, with its bands or rate, or a word that it is still to be entered. */
export function amountText(
  t: TFunction,
  part: AmountPart,
  currency: string,
  language: string,
): { text: string; rows: string[] } {
  switch (part.kind) {
    case 'lumpSumBands':
      return {
        text: t('funding:amountText.lumpSumBands', { group: t(`funding:group.${part.who}`) }),
        rows: part.bands.map((b) =>
          t('funding:amountText.band', {
            range: rangeText(t, { min: b.min, max: b.max }),
            amount: money(b.amount, currency, language),
          }),
        ),
      };
    case 'travelBands':
      return {
        text: t('funding:amountText.travelBands'),
        rows: part.bands.map((b) =>
          t('funding:amountText.bandKm', {
            range: rangeText(t, { min: b.fromKm, max: b.toKm }),
            amount: money(b.amount, currency, language),
          }),
        ),
      };
    case 'perDay':
    case 'perKm':
      return {
        text: t(`funding:amountText.${part.kind}`, {
          group: t(`funding:group.${part.who}`),
          rate: part.rate === null ? '…' : money(part.rate, currency, language),
        }),
        rows: [],
      };
    case 'shareOfCosts':
      return {
        text: t('funding:amountText.shareOfCosts', { percent: Math.round(part.maxShare * 100) }),
        rows: part.categories.map((c) =>
          c.upTo === null
            ? t('funding:amountText.categoryOpen')
            : t('funding:amountText.category', { upTo: money(c.upTo, currency, language) }),
        ),
      };
  }
}

/** Whether the part still waits for figures from the call document. */
export const amountNotEntered = (part: AmountPart): boolean =>
  ((part.kind === 'lumpSumBands' || part.kind === 'travelBands') && part.bands.length === 0) ||
  ((part.kind === 'perDay' || part.kind === 'perKm') && part.rate === null);

/** What an estimate line was computed from, its counted nouns in each language's plural forms. */
export function estimateBasis(t: TFunction, line: EstimateLine): string {
  const f = line.figures;
  return t(`funding:estimate.basisText.${line.kind}`, {
    ...f,
    peopleText: counted(t, 'travellers', f.people),
    personDaysText: counted(t, 'personDays', f.personDays),
  });
}
