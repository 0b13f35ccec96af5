import type { ParticipantDraft } from '../../../shared/domain/activities/participant';
import type { ParticipantRecord } from '../../../shared/ipc/channels/participants';

export type ParticipantValues = Omit<ParticipantDraft, 'id'>;

/** A new participant: invited, registered, staying with a host family, nothing sensitive yet. */
export function blankParticipant(activityId: string): ParticipantValues {
  return {
    activityId,
    name: '',
    town: '',
    country: null,
    organisationId: null,
    role: 'delegationMember',
    origin: 'invited',
    ageBand: null,
    birthYear: null,
    registration: 'registered',
    arrival: null,
    departure: null,
    email: '',
    phone: '',
    languages: [],
    needsHost: true,
    stayGroup: '',
    preferredHouseholdId: null,
    prefersSmokeFree: false,
    photoConsent: 'unknown',
    parentConsent: 'unknown',
    dietNeeds: [],
    dietNote: '',
    petAllergies: [],
    accessNeeds: '',
    stepFreeAccess: false,
    emergencyContact: null,
    notes: '',
  };
}

export function valuesOf(p: ParticipantRecord): ParticipantValues {
  const { id: _id, rev: _rev, updatedAt: _at, ...values } = p;
  return values;
}
