import { foldName } from '../../placeNames';
import type { AgeBand, Consent, ParticipantOrigin, ParticipantRole, RegistrationState } from '../participant';

const table = <T extends string>(names: Readonly<Record<T, readonly string[]>>): Map<string, T> =>
  new Map((Object.keys(names) as T[]).flatMap((k) => names[k].map((n) => [foldName(n), k] as const)));

const ROLES = table<ParticipantRole>({
  delegationMember: [
    'delegation member',
    'delegation',
    'member',
    'membru',
    'membru al delegației',
    'delegație',
    'délégation',
    'membre de la délégation',
    'membre',
    'delegationsmitglied',
    'mitglied',
  ],
  official: [
    'official',
    'mayor',
    'oficial',
    'oficialitate',
    'primar',
    'officiel',
    'élu',
    'maire',
    'offizieller',
    'bürgermeister',
    'bürgermeisterin',
    'amtsträger',
  ],
  groupLeader: [
    'group leader',
    'leader',
    'lider de grup',
    'coordonator',
    'profesor însoțitor',
    'însoțitor',
    'responsable de groupe',
    'accompagnateur',
    'accompagnatrice',
    'animateur',
    'gruppenleiter',
    'gruppenleiterin',
    'betreuer',
    'betreuerin',
    'leiter',
  ],
  speaker: [
    'speaker',
    'vorbitor',
    'lector',
    'intervenant',
    'orateur',
    'conférencier',
    'referent',
    'referentin',
    'redner',
    'sprecher',
  ],
  interpreter: [
    'interpreter',
    'translator',
    'interpret',
    'traducător',
    'interprète',
    'traducteur',
    'dolmetscher',
    'dolmetscherin',
    'übersetzer',
  ],
  volunteer: [
    'volunteer',
    'voluntar',
    'voluntară',
    'bénévole',
    'volontaire',
    'freiwilliger',
    'freiwillige',
    'ehrenamtlich',
    'helfer',
    'helferin',
  ],
  localParticipant: [
    'local participant',
    'participant local',
    'participant',
    'participantă',
    'participante',
    'lokaler teilnehmer',
    'teilnehmer',
    'teilnehmerin',
  ],
});

const ORIGINS = table<ParticipantOrigin>({
  invited: [
    'invited',
    'international',
    'guest',
    'invited international',
    'invitat',
    'invitată',
    'internațional',
    'oaspete',
    'invité',
    'invitée',
    'eingeladen',
    'gast',
  ],
  local: ['local', 'host town', 'localnic', 'locală', 'locale', 'lokal', 'einheimisch', 'vor ort'],
});

const STATES = table<RegistrationState>({
  invited: ['invited', 'invitat', 'invitată', 'invité', 'invitée', 'eingeladen'],
  registered: [
    'registered',
    'signed up',
    'înscris',
    'înscrisă',
    'înregistrat',
    'inscrit',
    'inscrite',
    'angemeldet',
  ],
  confirmed: ['confirmed', 'confirmat', 'confirmată', 'confirmé', 'confirmée', 'bestätigt'],
  attended: [
    'attended',
    'present',
    'participated',
    'prezent',
    'prezentă',
    'a participat',
    'présent',
    'présente',
    'a participé',
    'teilgenommen',
    'anwesend',
  ],
  cancelled: [
    'cancelled',
    'canceled',
    'anulat',
    'anulată',
    'retras',
    'annulé',
    'annulée',
    'désisté',
    'abgesagt',
    'storniert',
  ],
});

const YES = new Set(['yes', 'y', 'x', 'da', 'oui', 'ja', '1', 'true', '✓'].map(foldName));
const NO = new Set(['no', 'n', 'nu', 'non', 'nein', '0', 'false'].map(foldName));

const BANDS = table<AgeBand>({
  under18: [
    'under 18',
    'minor',
    'sub 18',
    'minor',
    'moins de 18',
    'mineur',
    'mineure',
    'unter 18',
    'minderjährig',
  ],
  from18to30: ['18 30', '18 to 30', 'între 18 și 30', 'de 18 à 30', '18 bis 30'],
  over30: ['over 30', 'peste 30', 'plus de 30', 'über 30'],
});

/** A cell's meaning; `null` for an empty cell, `undefined` when it is not understood. */
type Parsed<T> = T | null | undefined;

const lookup = <T>(map: Map<string, T>, value: string): Parsed<T> => {
  const key = foldName(value);
  return key === '' ? null : map.get(key);
};

export const parseRole = (v: string): Parsed<ParticipantRole> => lookup(ROLES, v);
/** A named origin, or yes/no under an "Invited?" heading. */
export function parseOrigin(v: string): Parsed<ParticipantOrigin> {
  const named = lookup(ORIGINS, v);
  if (named !== undefined) return named;
  const yes = parseYesNo(v);
  return yes === undefined || yes === null ? undefined : yes ? 'invited' : 'local';
}
export const parseRegistration = (v: string): Parsed<RegistrationState> => lookup(STATES, v);

export function parseYesNo(v: string): Parsed<boolean> {
  const key = foldName(v);
  if (key === '') return null;
  return YES.has(key) ? true : NO.has(key) ? false : undefined;
}

export function parseConsent(v: string): Parsed<Consent> {
  const yes = parseYesNo(v);
  return yes === null ? null : yes === undefined ? undefined : yes ? 'given' : 'refused';
}

/** "under 18", "<18", "18–30", "30+", or an age in years ("16"). */
export function parseAge(v: string): Parsed<AgeBand> {
  const raw = v.trim();
  if (raw === '') return null;
  if (/^<\s*18$/.test(raw)) return 'under18';
  if (/^(>\s*30|30\s*\+)$/.test(raw)) return 'over30';
  const years = /^(\d{1,3})$/.exec(raw);
  if (years) {
    const age = Number(years[1]);
    if (age > 120) return undefined;
    return age < 18 ? 'under18' : age <= 30 ? 'from18to30' : 'over30';
  }
  return lookup(BANDS, raw);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2027-06-10", "10.06.2027", "10/06/2027" (day first, as outside the US); null when empty, undefined when not a real day. */
export function parseDay(v: string): Parsed<string> {
  const raw = v.trim();
  if (raw === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const dmy = iso ? null : /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(raw);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return undefined;
  return `${y}-${pad(Number(m))}-${pad(Number(d))}`;
}

/** A birth year, or the year of a birth date. */
export function parseBirthYear(v: string): Parsed<number> {
  const raw = v.trim();
  if (raw === '') return null;
  if (/^\d{4}$/.test(raw)) return Number(raw);
  const day = parseDay(raw);
  return day ? Number(day.slice(0, 4)) : undefined;
}
