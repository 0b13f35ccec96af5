import type { PartnershipKind, PartnershipStatus } from '../partnership';

export const EXPORT_COLUMNS = [
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
  'population',
  'latitude',
  'longitude',
  'geonameId',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export type ExportLanguage = 'en' | 'ro' | 'fr' | 'de';

interface Words {
  headers: Record<ExportColumn, string>;
  kind: Record<PartnershipKind, string>;
  status: Record<PartnershipStatus, string>;
}

/**
 * Column headers and values of an export in the UI language, the same words the app shows
 * (tests/unit/shared/domain/csv/exportWords.test.ts holds them to the locale files and to the
 * importer, so an export always goes back in).
 */
export const EXPORT_WORDS: Readonly<Record<ExportLanguage, Words>> = {
  en: {
    headers: {
      home: 'Home town',
      partner: 'Partner town',
      country: 'Country',
      year: 'Date signed',
      kind: 'Kind of link',
      status: 'Status',
      region: 'Region',
      contact: 'Contact person',
      email: 'E-mail',
      phone: 'Phone',
      notes: 'Notes',
      population: 'Population',
      latitude: 'Latitude',
      longitude: 'Longitude',
      geonameId: 'GeoNames id',
    },
    kind: {
      partnership: 'Formal partnership',
      friendship: 'Friendship',
      contact: 'Contact',
      project: 'Project partnership',
    },
    status: {
      prospect: 'Prospect',
      exploring: 'Exploring',
      negotiating: 'Negotiating',
      active: 'Active',
      dormant: 'Dormant',
      ended: 'Ended',
    },
  },
  ro: {
    headers: {
      home: 'Localitatea',
      partner: 'Oraș partener',
      country: 'Țară',
      year: 'Data semnării',
      kind: 'Tipul legăturii',
      status: 'Stare',
      region: 'Regiune',
      contact: 'Persoană de contact',
      email: 'E-mail',
      phone: 'Telefon',
      notes: 'Observații',
      population: 'Populație',
      latitude: 'Latitudine',
      longitude: 'Longitudine',
      geonameId: 'Cod GeoNames',
    },
    kind: {
      partnership: 'Parteneriat oficial',
      friendship: 'Prietenie',
      contact: 'Contact',
      project: 'Parteneriat de proiect',
    },
    status: {
      prospect: 'Potențial',
      exploring: 'Explorare',
      negotiating: 'Negociere',
      active: 'Activ',
      dormant: 'Inactiv',
      ended: 'Încheiat',
    },
  },
  fr: {
    headers: {
      home: 'Commune',
      partner: 'Ville partenaire',
      country: 'Pays',
      year: 'Date de signature',
      kind: 'Type de lien',
      status: 'État',
      region: 'Région',
      contact: 'Personne de contact',
      email: 'E-mail',
      phone: 'Téléphone',
      notes: 'Remarques',
      population: 'Population',
      latitude: 'Latitude',
      longitude: 'Longitude',
      geonameId: 'Identifiant GeoNames',
    },
    kind: {
      partnership: 'Jumelage officiel',
      friendship: 'Pacte d’amitié',
      contact: 'Contact',
      project: 'Partenariat de projet',
    },
    status: {
      prospect: 'Piste',
      exploring: 'Premiers contacts',
      negotiating: 'Négociation',
      active: 'Actif',
      dormant: 'En sommeil',
      ended: 'Terminé',
    },
  },
  de: {
    headers: {
      home: 'Heimatstadt',
      partner: 'Partnerstadt',
      country: 'Land',
      year: 'Datum der Unterzeichnung',
      kind: 'Art der Verbindung',
      status: 'Status',
      region: 'Region',
      contact: 'Ansprechperson',
      email: 'E-Mail',
      phone: 'Telefon',
      notes: 'Bemerkungen',
      population: 'Einwohner',
      latitude: 'Breite',
      longitude: 'Länge',
      geonameId: 'GeoNames-ID',
    },
    kind: {
      partnership: 'Partnerschaft',
      friendship: 'Freundschaft',
      contact: 'Kontakt',
      project: 'Projektpartnerschaft',
    },
    status: {
      prospect: 'Möglicher Partner',
      exploring: 'Erste Kontakte',
      negotiating: 'Verhandlung',
      active: 'Aktiv',
      dormant: 'Ruhend',
      ended: 'Beendet',
    },
  },
};

/**
 * The list separator the UI language's spreadsheets expect: Romanian, French and German Excel
 * split CSV on semicolons (their decimal separator is the comma).
 */
export const listSeparator = (lang: ExportLanguage): ',' | ';' => (lang === 'en' ? ',' : ';');
