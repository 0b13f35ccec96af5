import { z } from 'zod';
import {
  Coordinates,
  CountryCode,
  Id,
  IsoDate,
  LanguageCode,
  OptionalEmail,
  OptionalPhone,
  PartialDate,
  Rev,
  Timestamp,
  requiredText,
  text,
} from './common';
import { HealthChecklist } from './partnershipHealth';

/** The classes of the German RGRE registry: Partnerschaft, Freundschaft, Kontakt, Projektpartnerschaft. */
export const PartnershipKind = z.enum(['partnership', 'friendship', 'contact', 'project']);
export type PartnershipKind = z.infer<typeof PartnershipKind>;

export const PartnershipStatus = z.enum([
  'prospect',
  'exploring',
  'negotiating',
  'active',
  'dormant',
  'ended',
]);
export type PartnershipStatus = z.infer<typeof PartnershipStatus>;

/** CEMR's common activity fields, then today's European issues (key 7). */
export const Theme = z.enum([
  'culture',
  'youth',
  'citizenship',
  'economy',
  'sustainability',
  'publicServices',
  'inclusion',
  'solidarity',
  'sport',
  'tourism',
  'education',
  'health',
  'environment',
  'democracy',
  'climate',
  'migration',
  'digital',
]);
export type Theme = z.infer<typeof Theme>;

export const PlaceSource = z.enum(['geonames', 'manual']);
export type PlaceSource = z.infer<typeof PlaceSource>;

/** A town as found in the gazetteer, or entered by hand (villages under 500 inhabitants are not in it). */
export const PartnerPlace = z.object({
  name: requiredText(120),
  country: CountryCode,
  region: text(120),
  population: z.int().min(0).max(50_000_000).nullable(),
  coordinates: Coordinates.nullable(),
  geonameId: z.int().positive().nullable(),
  source: PlaceSource,
});
export type PartnerPlace = z.infer<typeof PartnerPlace>;

const contactFields = {
  name: requiredText(120),
  role: text(120),
  languages: z.array(LanguageCode).max(10),
  email: OptionalEmail,
  phone: OptionalPhone,
};
export const PartnerContact = z.object({ id: Id, ...contactFields });
export type PartnerContact = z.infer<typeof PartnerContact>;

export const PartnerTown = z.object({
  id: Id,
  place: PartnerPlace,
  languages: z.array(LanguageCode).max(10),
  contacts: z.array(PartnerContact).max(100),
});
export type PartnerTown = z.infer<typeof PartnerTown>;

/** A correction of a status change: what it said before, who changed it and when. */
export const StatusCorrection = z.object({
  at: Timestamp,
  by: text(120),
  date: IsoDate,
  note: text(1000),
});
export type StatusCorrection = z.infer<typeof StatusCorrection>;

export const StatusChange = z.object({
  status: PartnershipStatus,
  /** The day it happened, which may be long before it was typed in. */
  date: IsoDate,
  note: text(1000),
  /**
   * True when the day is only the day the link was typed in or imported, not a day anything
   * happened: such an entry never counts as activity. Left out when false, as most are.
   */
  entered: z.literal(true).optional(),
  /** Oldest first; the entry itself holds the corrected values. Left out when there are none. */
  corrections: z.array(StatusCorrection).min(1).max(100).optional(),
});
export type StatusChange = z.infer<typeof StatusChange>;

const signingFields = { date: PartialDate, place: text(200), note: text(1000) };
/** One charter-signing ceremony; the towns often sign in turn, each at home. */
export const Signing = z.object({ id: Id, ...signingFields });
export type Signing = z.infer<typeof Signing>;

/** 'home' is the home municipality's council; otherwise the id of a partner town. */
export const Council = z.union([z.literal('home'), Id]);
const resolutionFields = { council: Council, number: text(60), date: IsoDate };
export const Resolution = z.object({ id: Id, ...resolutionFields });
export type Resolution = z.infer<typeof Resolution>;

const objectiveFields = {
  statement: requiredText(1000),
  theme: Theme,
  indicator: text(500),
  target: text(500),
  agreedOn: IsoDate.nullable(),
};
/** The statement in other languages, for the charter's columns ({ de: '…', hu: '…' }). */
const ObjectiveTexts = z.record(LanguageCode, text(1000));
/** A common objective agreed with the partner (key 4); they feed the partnership agreement. */
export const Objective = z.object({ id: Id, ...objectiveFields, texts: ObjectiveTexts.default({}) });
export type Objective = z.infer<typeof Objective>;
/** Without `texts`, saving keeps the texts the objective has (a form that does not show them loses nothing). */
export const ObjectiveDraft = z
  .object({ partnershipId: Id, id: Id.optional(), ...objectiveFields, texts: ObjectiveTexts.optional() })
  .strict();
export type ObjectiveDraft = z.infer<typeof ObjectiveDraft>;

export const TimelineKind = z.enum(['visit', 'exchange', 'meeting', 'letter', 'other']);
export type TimelineKind = z.infer<typeof TimelineKind>;
const timelineFields = { date: IsoDate, kind: TimelineKind, title: requiredText(200), note: text(2000) };
export const TimelineEntry = z.object({ id: Id, ...timelineFields });
export type TimelineEntry = z.infer<typeof TimelineEntry>;
/** Since store version 8 visits and exchanges are activities, with their programme and participants. */
export const ACTIVITY_TIMELINE_KINDS: readonly TimelineKind[] = ['visit', 'exchange'];
export const TimelineDraft = z
  .object({ partnershipId: Id, id: Id.optional(), ...timelineFields })
  .strict()
  .refine((d) => !ACTIVITY_TIMELINE_KINDS.includes(d.kind), {
    message: 'timeline_kind_is_activity',
    path: ['kind'],
  });
export type TimelineDraft = z.infer<typeof TimelineDraft>;

const councilsKnown = (p: {
  partners: { id?: string | undefined; key?: string | undefined }[];
  resolutions: { council: string }[];
}) =>
  p.resolutions.every(
    (r) => r.council === 'home' || p.partners.some((t) => t.id === r.council || t.key === r.council),
  );
const councilIssue = { message: 'unknown_council', path: ['resolutions'] };

export const Partnership = z
  .object({
    id: Id,
    kind: PartnershipKind,
    partners: z.array(PartnerTown).min(1).max(50),
    status: PartnershipStatus,
    /** Oldest first; the last entry is the current status. */
    statusHistory: z.array(StatusChange).min(1),
    signings: z.array(Signing).max(50),
    resolutions: z.array(Resolution).max(100),
    languages: z.array(LanguageCode).max(10),
    themes: z.array(Theme).max(Theme.options.length),
    objectives: z.array(Objective).max(200),
    health: HealthChecklist,
    timeline: z.array(TimelineEntry),
    notes: text(10_000),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    rev: Rev,
  })
  .refine(councilsKnown, councilIssue);
export type Partnership = z.infer<typeof Partnership>;

/**
 * What a form sends to create or edit a link. Ids are the core's: an item keeps the id it
 * was saved with, a new one comes without and is given one. A new partner town may carry a
 * `key` of the form's choosing, so a resolution can name its council before it has an id.
 * An edit carries `rev`, the revision it was based on; a stale one is refused as CONFLICT. Status changes after creation go through
 * `partnership:setStatus`, so the history stays complete; objectives, health and the
 * timeline have their own channels.
 */
export const PartnerTownDraft = z.object({
  id: Id.optional(),
  key: Id.optional(),
  place: PartnerPlace,
  languages: z.array(LanguageCode).max(10),
  contacts: z.array(z.object({ id: Id.optional(), ...contactFields })).max(100),
});
export type PartnerTownDraft = z.infer<typeof PartnerTownDraft>;

export const PartnershipDraft = z
  .object({
    id: Id.optional(),
    rev: Rev.optional(),
    kind: PartnershipKind,
    /** Used when creating: the status the link starts in… */
    status: PartnershipStatus.optional(),
    /** …and the day it has been in it (a charter signed in 1999: active since then); today when left out. */
    statusSince: IsoDate.optional(),
    /** Create it although a link with the same partner town exists (the secretary confirmed). */
    allowDuplicate: z.boolean().optional(),
    partners: z.array(PartnerTownDraft).min(1).max(50),
    signings: z.array(z.object({ id: Id.optional(), ...signingFields })).max(50),
    resolutions: z.array(z.object({ id: Id.optional(), ...resolutionFields })).max(100),
    languages: z.array(LanguageCode).max(10),
    themes: z.array(Theme).max(Theme.options.length),
    notes: text(10_000),
  })
  .strict()
  .refine(councilsKnown, councilIssue);
export type PartnershipDraft = z.infer<typeof PartnershipDraft>;

/** "Sibiu – Landshut – Rennes": how a link is named in lists and on the home screen. */
export function partnershipTitle(p: { partners: readonly { place: { name: string } }[] }): string {
  return p.partners.map((t) => t.place.name).join(' – ');
}

/** The date of the first charter signing (a day, or a year alone), from which anniversaries count. */
export function firstSigning(p: { signings: readonly { date: string }[] }): string | null {
  let first: string | null = null;
  for (const s of p.signings) if (first === null || s.date < first) first = s.date;
  return first;
}
