import { z } from 'zod';
import { StoreV4 } from './schemaV4';

/**
 * The store file as schema version 5 wrote it, frozen for the migration to 6. That step
 * renames the coats of arms in the charters, so the charters (drafts and kept versions) are
 * frozen here in full, self-contained (only zod); partnerships and the shortlist pass through
 * unchanged and are checked by the current schema once the file is upgraded.
 */
const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Timestamp = z.string().datetime();
const CountryCode = z.string().regex(/^[A-Z]{2}$/);
const LanguageCode = z.string().regex(/^[a-z]{2,3}$/);
const text = (max: number) => z.string().trim().max(max);

const LibraryLanguageV5 = z.enum(['en', 'ro', 'fr', 'de']);
const ClauseKeyV5 = z.enum([
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
const LabelKeyV5 = z.enum(['title', 'article', 'page', 'doneAt', 'forParty', 'signature', 'seal']);

/** Version 5 named each coat of arms `arms-<uuid>.png|jpg` in the data folder's images/. */
export const ImageRefV5 = z.object({
  file: z.string().regex(/^[A-Za-z0-9_-]{1,80}\.(png|jpg)$/),
  mime: z.enum(['image/png', 'image/jpeg']),
});

const PartyV5 = z.object({
  name: text(120),
  country: CountryCode,
  region: text(120),
  coatOfArms: ImageRefV5.nullable(),
  signatories: z
    .array(z.object({ id: Id, name: text(120), office: z.record(LanguageCode, text(160)) }))
    .max(6),
  resolution: z.object({ number: text(60), date: IsoDate.nullable() }),
});

const Ceremony = z.object({ place: text(120), date: IsoDate.nullable() });

export const AgreementContentV5 = z.object({
  languages: z.tuple([LanguageCode, LanguageCode]),
  layout: z.enum(['side-by-side', 'sequential']),
  paper: z.enum(['A4', 'LETTER']),
  parties: z.tuple([PartyV5, PartyV5]),
  signing: z.object({ separate: z.boolean(), ceremonies: z.tuple([Ceremony, Ceremony]) }),
  texts: z.record(
    LanguageCode,
    z.object({
      basedOn: LibraryLanguageV5,
      labels: z.record(LabelKeyV5, text(200)),
      clauses: z.record(ClauseKeyV5, z.object({ heading: text(200), body: text(10_000) })),
    }),
  ),
});
export type AgreementContentV5 = z.infer<typeof AgreementContentV5>;

const AgreementV5 = z.object({
  id: Id,
  partnershipId: Id,
  draft: AgreementContentV5,
  versions: z.array(
    z.object({
      number: z.int().min(1),
      status: z.enum(['sent', 'signed']),
      content: AgreementContentV5,
      history: z.array(z.object({ status: z.enum(['sent', 'signed']), at: Timestamp })).min(1),
    }),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const StoreV5 = StoreV4.omit({ partnerships: true }).extend({
  schemaVersion: z.literal(5),
  partnerships: z.array(z.unknown()),
  agreements: z.array(AgreementV5),
});
export type StoreV5 = z.infer<typeof StoreV5>;
