import { foldName } from '../../placeNames';

export const PARTICIPANT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'town',
  'country',
  'organisation',
  'role',
  'origin',
  'age',
  'birthYear',
  'registration',
  'arrival',
  'departure',
  'email',
  'phone',
  'stayGroup',
  'needsHost',
  'photoConsent',
  'diet',
] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];

/**
 * Header names in English, Romanian, French and German, compared folded (no accents, any
 * case). "Nume", "Nom" and "Name" hold the whole name unless a first-name column is there too,
 * as in "Nume | Prenume" or "Name | Vorname", where they are the family name.
 */
const HEADER_NAMES: Readonly<Record<ParticipantField, readonly string[]>> = {
  name: [
    'name',
    'full name',
    'participant name',
    'participant',
    'nume',
    'nume complet',
    'nume și prenume',
    'numele',
    'nom',
    'nom complet',
    'nom et prénom',
    'participant',
    'vollständiger name',
    'teilnehmer',
    'teilnehmerin',
    'vor- und nachname',
  ],
  firstName: ['first name', 'given name', 'forename', 'prenume', 'prenumele', 'prénom', 'vorname'],
  lastName: [
    'last name',
    'surname',
    'family name',
    'nume de familie',
    'nom de famille',
    'nachname',
    'familienname',
  ],
  town: [
    'town',
    'city',
    'home town',
    'locality',
    'localitate',
    'localitatea',
    'oraș',
    'orașul',
    'ville',
    'commune',
    'localité',
    'stadt',
    'ort',
    'wohnort',
    'gemeinde',
  ],
  country: ['country', 'țara', 'țară', 'pays', 'land', 'staat'],
  organisation: [
    'organisation',
    'organization',
    'school',
    'club',
    'association',
    'organizație',
    'organizația',
    'școala',
    'școală',
    'asociația',
    'organisme',
    'école',
    'établissement',
    'schule',
    'verein',
    'einrichtung',
  ],
  role: ['role', 'function', 'rol', 'rolul', 'funcție', 'funcția', 'rôle', 'fonction', 'rolle', 'funktion'],
  origin: [
    'invited or local',
    'invited',
    'origin',
    'participant type',
    'invitat',
    'invitat sau local',
    'tip participant',
    'origine',
    'invité',
    'type de participant',
    'herkunft',
    'eingeladen',
    'teilnehmerart',
  ],
  age: [
    'age band',
    'age group',
    'age',
    'grupa de vârstă',
    'vârstă',
    'vârsta',
    'tranche d’âge',
    "tranche d'âge",
    'âge',
    'altersgruppe',
    'alter',
  ],
  birthYear: [
    'birth year',
    'year of birth',
    'born',
    'date of birth',
    'birth date',
    'anul nașterii',
    'data nașterii',
    'an naștere',
    'année de naissance',
    'date de naissance',
    'né en',
    'geburtsjahr',
    'geburtsdatum',
    'jahrgang',
  ],
  registration: [
    'registration',
    'status',
    'state',
    'registration status',
    'stare',
    'starea',
    'înscriere',
    'statut',
    'inscription',
    'état',
    'anmeldung',
    'anmeldestatus',
  ],
  arrival: [
    'arrival',
    'arrives',
    'arrival date',
    'sosire',
    'sosirea',
    'data sosirii',
    'arrivée',
    'date d’arrivée',
    "date d'arrivée",
    'ankunft',
    'anreise',
    'ankunftsdatum',
  ],
  departure: [
    'departure',
    'departs',
    'departure date',
    'plecare',
    'plecarea',
    'data plecării',
    'départ',
    'date de départ',
    'abreise',
    'abfahrt',
    'abreisedatum',
  ],
  email: ['email', 'e-mail', 'mail', 'adresa de e-mail', 'courriel', 'adresse e-mail', 'e-mail-adresse'],
  phone: ['phone', 'telephone', 'mobile', 'telefon', 'téléphone', 'portable', 'handy', 'telefonnummer'],
  stayGroup: [
    'group',
    'stay group',
    'family',
    'siblings',
    'grup',
    'grupa',
    'frați',
    'groupe',
    'famille',
    'gruppe',
    'familie',
    'geschwister',
  ],
  needsHost: [
    'host family',
    'needs host',
    'hosting',
    'accommodation',
    'familie gazdă',
    'cazare',
    'famille d’accueil',
    "famille d'accueil",
    'hébergement',
    'gastfamilie',
    'unterkunft',
  ],
  photoConsent: [
    'photo consent',
    'photos',
    'consent',
    'acord foto',
    'fotografii',
    'acord',
    'droit à l’image',
    "droit à l'image",
    'autorisation photo',
    'fotoerlaubnis',
    'fotos',
    'einwilligung',
  ],
  diet: [
    'diet',
    'dietary needs',
    'food',
    'regim',
    'regim alimentar',
    'dietă',
    'alimentație',
    'régime',
    'régime alimentaire',
    'alimentation',
    'ernährung',
    'diät',
    'essen',
  ],
};

const LOOKUP = new Map<string, ParticipantField>(
  PARTICIPANT_FIELDS.flatMap((f) => HEADER_NAMES[f].map((n) => [foldName(n), f] as const)),
);

export function participantHeaderField(header: string): ParticipantField | null {
  return LOOKUP.get(foldName(header)) ?? null;
}

/** Which column holds each field; the first column with a known name wins. */
export function mapParticipantHeader(headers: readonly string[]): Partial<Record<ParticipantField, number>> {
  const at: Partial<Record<ParticipantField, number>> = {};
  headers.forEach((h, i) => {
    const f = participantHeaderField(h);
    if (f && at[f] === undefined) at[f] = i;
  });
  // "Nume | Prenume": with a first-name column, the name column is the family name.
  if (at.firstName !== undefined && at.name !== undefined && at.lastName === undefined) {
    at.lastName = at.name;
    delete at.name;
  }
  return at;
}

/** A name is given whole, or as first and family name. */
export function hasNameColumns(at: Partial<Record<ParticipantField, number>>): boolean {
  return at.name !== undefined || at.lastName !== undefined || at.firstName !== undefined;
}
