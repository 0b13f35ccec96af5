import { z } from 'zod';
import {
  CountryCode,
  Id,
  IsoDate,
  LanguageCode,
  OptionalEmail,
  OptionalPhone,
  requiredText,
  text,
} from '../common';
import { yearOf } from './dates';
import { markSensitive, sensitiveFields } from './sensitive';

export const ParticipantRole = z.enum([
  'delegationMember',
  'official',
  'groupLeader',
  'speaker',
  'interpreter',
  'volunteer',
  'localParticipant',
]);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

/** CERV counts "invited international participants" apart from the host town's own. */
export const ParticipantOrigin = z.enum(['invited', 'local']);
export type ParticipantOrigin = z.infer<typeof ParticipantOrigin>;

export const AgeBand = z.enum(['under18', 'from18to30', 'over30']);
export type AgeBand = z.infer<typeof AgeBand>;

export const RegistrationState = z.enum(['invited', 'registered', 'confirmed', 'attended', 'cancelled']);
export type RegistrationState = z.infer<typeof RegistrationState>;

export const Consent = z.enum(['unknown', 'given', 'refused']);
export type Consent = z.infer<typeof Consent>;

/** What a household can offer and what a guest needs, in the same words so they can be matched. */
export const Diet = z.enum([
  'vegetarian',
  'vegan',
  'halal',
  'kosher',
  'glutenFree',
  'lactoseFree',
  'nutFree',
]);
export type Diet = z.infer<typeof Diet>;

export const PetKind = z.enum(['cat', 'dog', 'other']);
export type PetKind = z.infer<typeof PetKind>;

export const EmergencyContact = z.object({ name: requiredText(120), phone: OptionalPhone });

const participantFields = {
  activityId: Id,
  name: requiredText(160),
  town: text(120),
  country: CountryCode.nullable(),
  organisationId: Id.nullable(),
  role: ParticipantRole,
  origin: ParticipantOrigin,
  /** Either the band or the birth year is enough; only what the counts need. */
  ageBand: AgeBand.nullable(),
  birthYear: z.int().min(1900).max(2100).nullable(),
  registration: RegistrationState,
  arrival: IsoDate.nullable(),
  departure: IsoDate.nullable(),
  email: OptionalEmail,
  phone: OptionalPhone,
  languages: z.array(LanguageCode).max(10),
  /** Invited guests who stay with a host family (some come to a hotel). */
  needsHost: z.boolean(),
  /** Siblings, a school class, a couple: kept in one household where beds allow. */
  stayGroup: text(80),
  preferredHouseholdId: Id.nullable(),
  prefersSmokeFree: z.boolean(),
  photoConsent: Consent,
  /** A parent's or guardian's consent, needed as well for a minor. */
  parentConsent: Consent,
  dietNeeds: markSensitive(z.array(Diet).max(Diet.options.length), 'diet'),
  dietNote: markSensitive(text(300), 'diet'),
  petAllergies: markSensitive(z.array(PetKind).max(PetKind.options.length), 'health'),
  accessNeeds: markSensitive(text(300), 'access'),
  stepFreeAccess: markSensitive(z.boolean(), 'access'),
  emergencyContact: markSensitive(EmergencyContact.nullable(), 'emergencyContact'),
  notes: text(2000),
};

export const Participant = z.object({ id: Id, ...participantFields });
export type Participant = z.infer<typeof Participant>;

/** The participant's sensitive fields, found from the schema marks. */
export const PARTICIPANT_SENSITIVE_FIELDS = sensitiveFields(Participant);

/** The values a sensitive field takes once erased; the counts do not need them. */
export const ERASED_PARTICIPANT_FIELDS: Pick<
  Participant,
  'dietNeeds' | 'dietNote' | 'petAllergies' | 'accessNeeds' | 'stepFreeAccess' | 'emergencyContact'
> = {
  dietNeeds: [],
  dietNote: '',
  petAllergies: [],
  accessNeeds: '',
  stepFreeAccess: false,
  emergencyContact: null,
};

export const ParticipantDraft = z
  .object({ id: Id.optional(), ...participantFields })
  .strict()
  .superRefine((p, ctx) => {
    if (p.arrival && p.departure && p.departure < p.arrival)
      ctx.addIssue({ code: 'custom', message: 'departure_before_arrival', path: ['departure'] });
  });
export type ParticipantDraft = z.infer<typeof ParticipantDraft>;

type AgeFields = Pick<Participant, 'ageBand' | 'birthYear'>;

/**
 * The age band on `onDate`. From a birth year alone the age is known within one year; the
 * band counts the age reached in the activity's year, as youth programmes do.
 */
export function ageBandOn(p: AgeFields, onDate: string): AgeBand | null {
  if (p.birthYear !== null) {
    const age = yearOf(onDate) - p.birthYear;
    return age < 18 ? 'under18' : age <= 30 ? 'from18to30' : 'over30';
  }
  return p.ageBand;
}

/**
 * Whether the participant is, or may be, under 18 on `onDate`. Safety errs on the side of a
 * minor: someone born in 2009 may still be 17 on 10 June 2027. Unknown age is not a minor
 * here; the register asks for the age of every young guest.
 */
export function mayBeMinor(p: AgeFields, onDate: string): boolean {
  if (p.birthYear !== null) return yearOf(onDate) - p.birthYear <= 18;
  return p.ageBand === 'under18';
}

/** Photographs may be used: the person's consent, and a parent's too for a minor. */
export function photoConsentGiven(
  p: AgeFields & Pick<Participant, 'photoConsent' | 'parentConsent'>,
  onDate: string,
): boolean {
  if (p.photoConsent !== 'given') return false;
  return !mayBeMinor(p, onDate) || p.parentConsent === 'given';
}

/** A participant who is still coming (or came). */
export const isActive = (p: Pick<Participant, 'registration'>): boolean => p.registration !== 'cancelled';
