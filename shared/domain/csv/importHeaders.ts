import { foldName } from '../placeNames';

/**
 * The columns an import reads. The app's own labels in every UI language are among the
 * names (tests/unit/shared/domain/csv/importHeaders.test.ts keeps them in step), so a file
 * exported from the app, or typed with its labels, is read back whole.
 */
export const IMPORT_FIELDS = [
  'home',
  'partner',
  'country',
  'year',
  'kind',
  'status',
  'region',
  'contact',
  'email',
  'phone',
  'notes',
] as const;
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
    'orașul nostru',
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
    'commune partenaire jumelée',
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
    'signed on',
    'date signed',
    'signing date',
    'date of signing',
    'date',
    'data semnării',
    'semnat',
    'data',
    'an',
    'anul',
    'din anul',
    'anul semnării',
    'data',
    'année',
    'depuis',
    'année de signature',
    'date de signature',
    'signé',
    'signé le',
    'jahr',
    'seit',
    'gründungsjahr',
    'datum',
    'unterzeichnet',
    'unterzeichnet am',
    'datum der unterzeichnung',
  ],
  kind: [
    'kind',
    'kind of link',
    'type',
    'link type',
    'tipul legăturii',
    'tip legătură',
    'tip',
    'tipul',
    'fel',
    'nature',
    'type de lien',
    'art',
    'art der verbindung',
    'typ',
    'partnerschaftsart',
  ],
  status: ['status', 'state', 'stare', 'starea', 'situație', 'état', 'statut'],
  region: [
    'region',
    'county',
    'state or region',
    'regiune',
    'județ',
    'județul',
    'région',
    'département',
    'bundesland',
    'landkreis',
  ],
  contact: [
    'contact',
    'contact person',
    'contact name',
    'persoană de contact',
    'persoana de contact',
    'contact partener',
    'personne de contact',
    'interlocuteur',
    'ansprechpartner',
    'ansprechperson',
    'kontaktperson',
  ],
  email: [
    'email',
    'e-mail',
    'mail',
    'adresă de e-mail',
    'adresa de e-mail',
    'courriel',
    'adresse e-mail',
    'e-mail-adresse',
  ],
  phone: ['phone', 'telephone', 'tel', 'telefon', 'téléphone', 'numéro de téléphone', 'telefonnummer'],
  notes: [
    'notes',
    'note',
    'comments',
    'remarks',
    'observații',
    'mențiuni',
    'remarques',
    'commentaires',
    'notizen',
    'bemerkungen',
    'anmerkungen',
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
