import type { PartnershipKind, PartnershipStatus } from '../partnership';
import { foldName } from '../placeNames';

const KIND_NAMES: Readonly<Record<PartnershipKind, readonly string[]>> = {
  partnership: [
    'partnership',
    'formal',
    'formal partnership',
    'twinning',
    'twin',
    'înfrățire',
    'parteneriat',
    'parteneriat oficial',
    'formal partnership',
    'jumelage officiel',
    'jumelage',
    'partenariat',
    'partnerschaft',
    'städtepartnerschaft',
  ],
  friendship: ['friendship', 'prietenie', 'amitié', 'pacte d’amitié', "pacte d'amitié", 'freundschaft'],
  contact: [
    'contact',
    'informal',
    'kontakt',
    'contacts',
    'colaborare',
    'cooperation',
    'coopération',
    'zusammenarbeit',
  ],
  project: [
    'project',
    'project partnership',
    'proiect',
    'parteneriat de proiect',
    'projet',
    'partenariat de projet',
    'projekt',
    'projektpartnerschaft',
  ],
};
const KIND_LOOKUP = new Map<string, PartnershipKind>(
  (Object.keys(KIND_NAMES) as PartnershipKind[]).flatMap((k) =>
    KIND_NAMES[k].map((n) => [foldName(n), k] as const),
  ),
);

/** The kind of link in any of the four languages; an empty cell means a formal partnership. */
export function parseKind(value: string): PartnershipKind | null {
  const key = foldName(value);
  return key === '' ? 'partnership' : (KIND_LOOKUP.get(key) ?? null);
}

export type ParsedYear =
  { kind: 'none' } | { kind: 'year'; year: number } | { kind: 'date'; date: string } | { kind: 'bad' };

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A sanity bound, not a rule of history: the first twinning's date is disputed (1920/1921,
 * and town friendships are older), so only years no register could mean are refused.
 */
export const EARLIEST_YEAR = 1000;

/**
 * The year a link was signed, as spreadsheets hold it: "1994", "1994-05-12",
 * "12.05.1994", "12.05.1994." or "12/05/1994" (day first, as in every UI language but
 * English-US). A year alone stays a year: it is never turned into 1 January.
 */
export function parseYear(value: string, currentYear: number): ParsedYear {
  const v = value.trim();
  if (v === '') return { kind: 'none' };
  const inRange = (y: number) => y >= EARLIEST_YEAR && y <= currentYear;
  let m = /^(\d{4})(?:\.0+)?$/.exec(v);
  if (m) return inRange(Number(m[1])) ? { kind: 'year', year: Number(m[1]) } : { kind: 'bad' };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const dmy = m ? null : /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\.?$/.exec(v);
  const [y, mo, d] = m ? [m[1], m[2], m[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (y === undefined || mo === undefined || d === undefined) return { kind: 'bad' };
  const date = realDate(Number(y), Number(mo), Number(d));
  return date && inRange(Number(y)) ? { kind: 'date', date } : { kind: 'bad' };
}

const STATUS_NAMES: Readonly<Record<PartnershipStatus, readonly string[]>> = {
  prospect: [
    'prospect',
    'possible partner',
    'potențial',
    'potential',
    'piste',
    'möglicher partner',
    'interessent',
  ],
  exploring: [
    'exploring',
    'first contacts',
    'explorare',
    'primele contacte',
    'premiers contacts',
    'prise de contact',
    'erste kontakte',
    'erkundung',
  ],
  negotiating: ['negotiating', 'negotiation', 'negociere', 'négociation', 'verhandlung', 'in verhandlung'],
  active: [
    'active',
    'activ',
    'activă',
    'actif',
    'active',
    'aktiv',
    'signed',
    'semnat',
    'signé',
    'unterzeichnet',
  ],
  dormant: ['dormant', 'inactive', 'inactiv', 'inactivă', 'fără activitate', 'en sommeil', 'ruhend', 'ruht'],
  ended: ['ended', 'terminated', 'încheiat', 'încheiată', 'terminé', 'dissous', 'beendet', 'aufgelöst'],
};
const STATUS_LOOKUP = new Map<string, PartnershipStatus>(
  (Object.keys(STATUS_NAMES) as PartnershipStatus[]).flatMap((s) =>
    STATUS_NAMES[s].map((n) => [foldName(n), s] as const),
  ),
);

/** The status of a link in any of the four languages; null when the cell is empty or unknown. */
export function parseStatus(value: string): PartnershipStatus | 'unknown' | null {
  const key = foldName(value);
  if (key === '') return null;
  return STATUS_LOOKUP.get(key) ?? 'unknown';
}
