import { z } from 'zod';
import { CountryCode, IsoDate, text } from '../common';
import { Currency } from '../money';

/**
 * A funding programme's call as a data file (resources/data/funding/*.json): every rule, amount
 * and required document carries its source and the day it was checked. No figure lives in code:
 * a figure nobody could confirm is shipped empty (null, or no bands) for the secretary to enter.
 */
export const Source = z.object({
  title: z.string().trim().min(1).max(300),
  url: z.string().max(500).default(''),
});
export type Source = z.infer<typeof Source>;

const sourced = {
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  source: Source,
  checked: IsoDate,
  note: text(1000).default(''),
};
const Count = z.int().min(0).max(100_000);
const MaybeCount = Count.nullable();

export const ApplicantKind = z.enum(['localAuthority', 'twinningCommittee', 'nonProfit', 'school', 'other']);
export type ApplicantKind = z.infer<typeof ApplicantKind>;
/** Whom a participant rule counts: everyone, invited guests from abroad, the travelling group, young people. */
export const CountedGroup = z.enum(['all', 'invited', 'travelling', 'young']);
export type CountedGroup = z.infer<typeof CountedGroup>;

export const RULE_KINDS = [
  'applicants',
  'applicantKinds',
  'leadApplicant',
  'participants',
  'activityDays',
  'projectMonths',
  'age',
  'leaderAge',
  'nationalGroups',
  'leaderRatio',
  'nationalBalance',
  'countriesIncluded',
  'activityCountries',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

const range = { min: MaybeCount.default(null), max: MaybeCount.default(null) };
export const Rule = z.discriminatedUnion('kind', [
  z.object({
    ...sourced,
    kind: z.literal('applicants'),
    min: Count,
    minCountries: Count,
    minEuCountries: MaybeCount.default(null),
  }),
  z.object({ ...sourced, kind: z.literal('applicantKinds'), kinds: z.array(ApplicantKind).min(1) }),
  z.object({ ...sourced, kind: z.literal('leadApplicant'), kinds: z.array(ApplicantKind).min(1) }),
  z.object({ ...sourced, kind: z.literal('participants'), who: CountedGroup, ...range }),
  z.object({ ...sourced, kind: z.literal('activityDays'), ...range }),
  z.object({ ...sourced, kind: z.literal('projectMonths'), ...range }),
  z.object({ ...sourced, kind: z.literal('age'), ...range }),
  z.object({ ...sourced, kind: z.literal('leaderAge'), min: Count }),
  z.object({
    ...sourced,
    kind: z.literal('nationalGroups'),
    /** How many national groups an activity needs; null (a file of an older copy): not checked. */
    minGroups: MaybeCount.default(null),
    minYoung: Count,
    minLeaders: Count,
  }),
  z.object({ ...sourced, kind: z.literal('leaderRatio'), participantsPerLeader: z.int().min(1).max(1000) }),
  z.object({ ...sourced, kind: z.literal('nationalBalance'), minShare: z.number().min(0).max(0.5) }),
  z.object({
    ...sourced,
    kind: z.literal('countriesIncluded'),
    countries: z.array(CountryCode).min(1).max(10),
  }),
  z.object({ ...sourced, kind: z.literal('activityCountries'), min: Count }),
]);
export type Rule = z.infer<typeof Rule>;

/** Amounts are minor units of the programme's currency; null or no bands: not entered yet. */
const MinorUnits = z.int().min(0).max(1_000_000_000);
export const LumpSumBand = z.object({ min: Count, max: MaybeCount, amount: MinorUnits });
export const DistanceBand = z.object({ fromKm: Count, toKm: MaybeCount, amount: MinorUnits });
export const ShareCategory = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  upTo: MinorUnits.nullable(),
});

export const AMOUNT_KINDS = ['lumpSumBands', 'travelBands', 'perDay', 'perKm', 'shareOfCosts'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];
export const AmountPart = z.discriminatedUnion('kind', [
  z.object({
    ...sourced,
    kind: z.literal('lumpSumBands'),
    who: CountedGroup,
    bands: z.array(LumpSumBand).max(100),
  }),
  z.object({ ...sourced, kind: z.literal('travelBands'), bands: z.array(DistanceBand).max(40) }),
  z.object({ ...sourced, kind: z.literal('perDay'), who: CountedGroup, rate: MinorUnits.nullable() }),
  z.object({
    ...sourced,
    kind: z.literal('perKm'),
    who: CountedGroup,
    rate: MinorUnits.nullable(),
    roundTrip: z.boolean(),
  }),
  z.object({
    ...sourced,
    kind: z.literal('shareOfCosts'),
    maxShare: z.number().gt(0).max(1),
    categories: z.array(ShareCategory).max(10),
  }),
]);
export type AmountPart = z.infer<typeof AmountPart>;

export const Deadline = z.object({
  id: sourced.id,
  label: z.string().trim().min(1).max(120),
  date: IsoDate,
  time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/),
  /** An IANA zone (a funder's deadline is at its own clock time, e.g. Europe/Brussels). */
  timeZone: z.string().min(1).max(60),
  source: Source,
  checked: IsoDate,
});
export type Deadline = z.infer<typeof Deadline>;

const DocName = z.string().trim().min(1).max(200);
/**
 * A required document's name in each language the app speaks: English always, the others
 * where given (a missing one is shown in English). Another key is refused. A plain string, as
 * files and copies made before the names were translated hold, is read as the English name.
 */
export const DocumentName = z
  .object({
    en: DocName,
    ro: DocName.optional(),
    fr: DocName.optional(),
    de: DocName.optional(),
  })
  .strict();
export type DocumentName = z.infer<typeof DocumentName>;

/** The language a document's name is shown in: the window's where the file gives it, else English. */
export function documentNameLanguage(name: DocumentName | string, lang: string): 'en' | 'ro' | 'fr' | 'de' {
  if (typeof name === 'string') return 'en';
  return (lang === 'ro' || lang === 'fr' || lang === 'de') && name[lang] ? lang : 'en';
}

/** The document's name in the window's language, else in English. */
export function documentName(name: DocumentName | string, lang: string): string {
  if (typeof name === 'string') return name;
  return name[documentNameLanguage(name, lang)] ?? name.en;
}

export const RequiredDocument = z.object({
  id: sourced.id,
  name: z.union([DocName.transform((en): DocumentName => ({ en })), DocumentName]),
  stage: z.enum(['application', 'report']),
  source: Source,
  checked: IsoDate,
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

const Statement = z.string().trim().min(1).max(300);
/**
 * What a funded town must show where it publishes the event (its website): the funding
 * statement in each language the programme's source gives, with that source. Left out where
 * no source gives one: nothing is printed then.
 */
export const Publicity = z.object({
  statement: z.object({
    en: Statement,
    ro: Statement.optional(),
    fr: Statement.optional(),
    de: Statement.optional(),
  }),
  source: Source,
  checked: IsoDate,
  note: text(1000).default(''),
});
export type Publicity = z.infer<typeof Publicity>;

export const Programme = z.object({
  format: z.literal(1),
  programmeId: z.string().regex(/^[a-z0-9-]{1,60}$/),
  callYear: z.int().min(2000).max(2100),
  name: z.string().trim().min(1).max(160),
  callCode: text(120),
  funder: text(200),
  currency: Currency,
  /** Ids of the dated country lists (countries.json) whose union is eligible. */
  eligibleCountries: z.array(z.string().min(1).max(60)).min(1).max(5),
  euCountries: z.string().min(1).max(60),
  deadlines: z.array(Deadline).max(10),
  rules: z.array(Rule).max(60),
  amounts: z.array(AmountPart).max(20),
  documents: z.array(RequiredDocument).max(40),
  publicity: Publicity.nullable().default(null),
});
export type Programme = z.infer<typeof Programme>;

export const CountryList = z.object({
  id: z.string().min(1).max(60),
  name: z.string().trim().min(1).max(160),
  asOf: IsoDate.nullable(),
  source: Source,
  checked: IsoDate,
  note: text(1000).default(''),
  countries: z.array(CountryCode).max(100),
});
export type CountryList = z.infer<typeof CountryList>;
export const CountryLists = z.object({ format: z.literal(1), lists: z.array(CountryList).min(1) });

/** The key of one programme version: "cerv-town-twinning@2026". */
export const programmeKey = (p: Pick<Programme, 'programmeId' | 'callYear'>): string =>
  `${p.programmeId}@${p.callYear}`;
