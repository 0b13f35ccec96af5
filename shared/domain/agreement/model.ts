import { z } from 'zod';
import { CountryCode, Id, IsoDate, LanguageCode, Timestamp, text } from '../common';

/** Languages the app ships charter texts for; any other language starts from an empty text. */
export const LibraryLanguage = z.enum([
  'en',
  'ro',
  'fr',
  'de',
  'pl',
  'hu',
  'it',
  'es',
  'cs',
  'sk',
  'nl',
  'pt',
  'hr',
  'sl',
  'bg',
  'el',
  'sv',
  'da',
  'no',
  'fi',
  'et',
  'lv',
  'lt',
]);
export type LibraryLanguage = z.infer<typeof LibraryLanguage>;
export const LIBRARY_LANGUAGES = LibraryLanguage.options;

/** The sections of a charter, in print order; all but parties and preamble are numbered articles. */
export const ClauseKey = z.enum([
  'parties',
  'preamble',
  'objectives',
  'areas',
  'governance',
  'finance',
  'approval',
  'duration',
  'languages',
]);
export type ClauseKey = z.infer<typeof ClauseKey>;
export const CLAUSE_KEYS = ClauseKey.options;
export const UNNUMBERED_CLAUSES: readonly ClauseKey[] = ['parties', 'preamble'];

/** Short fixed texts of the printed page (title, page numbers, signature captions, paper marks). */
export const LabelKey = z.enum([
  'title',
  'article',
  'page',
  'doneAt',
  'forParty',
  'signature',
  'seal',
  'draft',
  'draftOf',
  'version',
  'signedOn',
]);
export type LabelKey = z.infer<typeof LabelKey>;
export const LABEL_KEYS = LabelKey.options;

/**
 * Labels texts kept before the paper marks existed lack the last four: they parse as ''
 * and print from the library (see translator.ts), so old drafts still print.
 */
const Labels = z.object({
  title: text(200),
  article: text(200),
  page: text(200),
  doneAt: text(200),
  forParty: text(200),
  signature: text(200),
  seal: text(200),
  draft: text(200).default(''),
  draftOf: text(200).default(''),
  version: text(200).default(''),
  signedOn: text(200).default(''),
});

/**
 * A clause as the secretary edits it. The body is plain text: a blank line starts a new
 * paragraph, a line starting with "- " is a list item, {placeholders} are filled at print.
 * Empty text is allowed while drafting; printing checks it (see printCheck.ts).
 */
export const Clause = z.object({ heading: text(200), body: text(10_000) });
export type Clause = z.infer<typeof Clause>;

export const AgreementText = z.object({
  /** The library language this text started from; null for a language started empty. */
  basedOn: LibraryLanguage.nullable(),
  labels: Labels,
  clauses: z.record(ClauseKey, Clause),
});
export type AgreementText = z.infer<typeof AgreementText>;

export const AgreementLayout = z.enum(['side-by-side', 'sequential']);
export type AgreementLayout = z.infer<typeof AgreementLayout>;
export const PaperSize = z.enum(['A4', 'LETTER']);
export type PaperSize = z.infer<typeof PaperSize>;

/** A file in the data folder's attachment store, named by the SHA-256 of its bytes (see electron/core/attachments). */
export const ImageRef = z.object({
  file: z.string().regex(/^[A-Za-z0-9_-]{1,80}\.(png|jpg)$/),
  mime: z.enum(['image/png', 'image/jpeg']),
});
export type ImageRef = z.infer<typeof ImageRef>;

export const Signatory = z.object({
  id: Id,
  name: text(120),
  /** The office in each language of the charter, e.g. { en: 'Mayor', fr: 'Maire' }. */
  office: z.record(LanguageCode, text(160)),
});
export type Signatory = z.infer<typeof Signatory>;

/** The number as the council wrote it, without "nr." / "No": the clause's wording says that. */
export const Resolution = z.object({ number: text(60), date: IsoDate.nullable() });
export type Resolution = z.infer<typeof Resolution>;

/**
 * What kind of local authority a party is; each language words it in its own way
 * (municipiu / ville / Stadt / miasto for a city, comună / commune / Gemeinde / gmina…).
 */
export const Designation = z.enum(['city', 'town', 'commune', 'district']);
export type Designation = z.infer<typeof Designation>;

/** A party's names as one language of the charter writes them; empty means "as recorded". */
export const LocalName = z.object({ town: text(120).default(''), region: text(120).default('') });
export type LocalName = z.infer<typeof LocalName>;

export const AgreementParty = z.object({
  name: text(120),
  country: CountryCode,
  region: text(120),
  designation: Designation.default('town'),
  /** Per charter language: Kolozsvár in the Hungarian text, Hermannstadt in the German one. */
  names: z.record(LanguageCode, LocalName).default({}),
  coatOfArms: ImageRef.nullable(),
  signatories: z.array(Signatory).max(6),
  resolution: Resolution,
});
export type AgreementParty = z.infer<typeof AgreementParty>;

/** Place and date of a signing; both may stay empty to be written in by hand. */
export const Ceremony = z.object({
  place: text(120),
  date: IsoDate.nullable(),
  /** The place as each language writes it; empty means `place`. */
  places: z.record(LanguageCode, text(120)).default({}),
});
export type Ceremony = z.infer<typeof Ceremony>;

export const Signing = z.object({
  /** true when each town signs at its own ceremony: each signature block gets its own place and date. */
  separate: z.boolean(),
  ceremonies: z.tuple([Ceremony, Ceremony]),
});
export type Signing = z.infer<typeof Signing>;

/** A common objective as the charter lists it: its text per charter language. */
export const CharterObjective = z.object({
  id: Id,
  /** The text as recorded on the Objectives tab, in the committee's language. */
  statement: text(1000),
  texts: z.record(LanguageCode, text(1000)).default({}),
});
export type CharterObjective = z.infer<typeof CharterObjective>;

/** Which originals a print holds: each town's original names that town and its language first. */
export const Originals = z.enum(['first', 'second', 'both']);
export type Originals = z.infer<typeof Originals>;

export const AgreementContent = z.object({
  languages: z.tuple([LanguageCode, LanguageCode]).refine(([a, b]) => a !== b, { message: 'same_language' }),
  layout: AgreementLayout,
  paper: PaperSize,
  parties: z.tuple([AgreementParty, AgreementParty]),
  signing: Signing,
  /** Texts by language; keeps texts of languages no longer chosen so switching back loses nothing. */
  texts: z.record(LanguageCode, AgreementText),
  /**
   * The partnership's objectives: a draft follows them (the core refreshes this list from the
   * partnership each time), a kept version holds them as they were.
   */
  objectives: z.array(CharterObjective).max(200).default([]),
  originals: Originals.default('first'),
});
export type AgreementContent = z.infer<typeof AgreementContent>;

export const VersionStatus = z.enum(['sent', 'signed']);
export type VersionStatus = z.infer<typeof VersionStatus>;

/** A frozen copy of the content, as sent to the partner or as signed. */
export const AgreementVersion = z.object({
  number: z.int().min(1),
  status: VersionStatus,
  content: AgreementContent,
  history: z.array(z.object({ status: VersionStatus, at: Timestamp })).min(1),
});
export type AgreementVersion = z.infer<typeof AgreementVersion>;

export const Agreement = z.object({
  id: Id,
  partnershipId: Id,
  draft: AgreementContent,
  versions: z.array(AgreementVersion),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Agreement = z.infer<typeof Agreement>;
