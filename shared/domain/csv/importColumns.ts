import type { PartnershipKind } from '../partnership';
import { foldName } from '../placeNames';

export const IMPORT_FIELDS = ['home', 'partner', 'country', 'year', 'kind'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ['partner', 'country'];

/** Header names in English, Romanian, French and German, compared folded (no accents, any case). */
const HEADER_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  home: [
    'home town',
    'home',
    'home municipality',
    'our town',
    'town',
    'municipality',
    'localitatea',
    'localitate',
    'oraș',
    'orașul',
    'municipiu',
    'localitatea noastră',
    'ville',
    'commune',
    'notre ville',
    'notre commune',
    'collectivité',
    'heimatstadt',
    'stadt',
    'gemeinde',
    'kommune',
    'heimatgemeinde',
  ],
  partner: [
    'partner town',
    'partner',
    'partner municipality',
    'twin town',
    'partner city',
    'oraș partener',
    'localitate parteneră',
    'localitatea parteneră',
    'partener',
    'oraș înfrățit',
    'ville partenaire',
    'partenaire',
    'ville jumelle',
    'commune partenaire',
    'ville jumelée',
    'partnerstadt',
    'partnergemeinde',
    'partnerkommune',
    'partnerort',
  ],
  country: [
    'country',
    'partner country',
    'țara',
    'țară',
    'țara parteneră',
    'pays',
    'pays partenaire',
    'land',
    'staat',
    'partnerland',
  ],
  year: [
    'year',
    'since',
    'year signed',
    'signed',
    'date',
    'an',
    'anul',
    'din anul',
    'anul semnării',
    'data',
    'année',
    'depuis',
    'année de signature',
    'date de signature',
    'jahr',
    'seit',
    'gründungsjahr',
    'datum',
    'unterzeichnet',
  ],
  kind: [
    'kind',
    'type',
    'link type',
    'tip',
    'tipul',
    'fel',
    'nature',
    'type de lien',
    'art',
    'typ',
    'partnerschaftsart',
  ],
};

const HEADER_LOOKUP = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => HEADER_NAMES[field].map((name) => [foldName(name), field] as const)),
);

export function headerField(header: string): ImportField | null {
  return HEADER_LOOKUP.get(foldName(header)) ?? null;
}

/** Which column holds each field; the first column with a known name wins. */
export function mapHeader(headers: readonly string[]): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  headers.forEach((h, i) => {
    const field = headerField(h);
    if (field && columns[field] === undefined) columns[field] = i;
  });
  return columns;
}

const KIND_NAMES: Readonly<Record<PartnershipKind, readonly string[]>> = {
  partnership: [
    'partnership',
    'formal',
    'formal partnership',
    'twinning',
    'twin',
    'înfrățire',
    'parteneriat',
    'jumelage',
    'partenariat',
    'partnerschaft',
    'städtepartnerschaft',
  ],
  friendship: ['friendship', 'prietenie', 'amitié', 'pacte d’amitié', "pacte d'amitié", 'freundschaft'],
  contact: ['contact', 'informal', 'kontakt', 'contacts'],
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

/** The first recorded twinning dates from 1920; nothing is signed in the future. */
export const EARLIEST_YEAR = 1920;

/**
 * The year a link was signed, as spreadsheets hold it: "1994", "1994-05-12",
 * "12.05.1994" or "12/05/1994" (day first, as in every UI language but English-US).
 */
export function parseYear(value: string, currentYear: number): ParsedYear {
  const v = value.trim();
  if (v === '') return { kind: 'none' };
  const inRange = (y: number) => y >= EARLIEST_YEAR && y <= currentYear;
  let m = /^(\d{4})(?:\.0+)?$/.exec(v);
  if (m) return inRange(Number(m[1])) ? { kind: 'year', year: Number(m[1]) } : { kind: 'bad' };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const dmy = m ? null : /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(v);
  const [y, mo, d] = m ? [m[1], m[2], m[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (y === undefined || mo === undefined || d === undefined) return { kind: 'bad' };
  const date = realDate(Number(y), Number(mo), Number(d));
  return date && inRange(Number(y)) ? { kind: 'date', date } : { kind: 'bad' };
}
