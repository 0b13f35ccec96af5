import { z } from 'zod';
import { StoreV1 } from './schemaV1';

/**
 * The store file as schema version 2 wrote it (committee + partnerships), frozen here so
 * the migration to 3 keeps parsing old files exactly even as shared/domain changes.
 * Self-contained: only zod and the frozen version 1.
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
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const Coordinates = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
const Email = z.union([z.literal(''), z.email().max(254)]);
const Phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+0-9 ()./-]*$/);

const ThemeV2 = z.enum([
  'culture',
  'youth',
  'citizenship',
  'economy',
  'sustainability',
  'publicServices',
  'inclusion',
  'solidarity',
  'sport',
  'tourism',
  'education',
  'health',
  'environment',
  'democracy',
  'climate',
  'migration',
  'digital',
]);
const StatusV2 = z.enum(['prospect', 'exploring', 'negotiating', 'active', 'dormant', 'ended']);

const PartnerTownV2 = z.object({
  id: Id,
  place: z.object({
    name: requiredText(120),
    country: CountryCode,
    region: text(120),
    population: z.int().min(0).max(50_000_000).nullable(),
    coordinates: Coordinates.nullable(),
    geonameId: z.int().positive().nullable(),
    source: z.enum(['geonames', 'manual']),
  }),
  languages: z.array(LanguageCode).max(10),
  contacts: z
    .array(
      z.object({
        id: Id,
        name: requiredText(120),
        role: text(120),
        languages: z.array(LanguageCode).max(10),
        email: Email,
        phone: Phone,
      }),
    )
    .max(100),
});

export const PartnershipV2 = z.object({
  id: Id,
  kind: z.enum(['partnership', 'friendship', 'contact', 'project']),
  partners: z.array(PartnerTownV2).min(1).max(50),
  status: StatusV2,
  statusHistory: z.array(z.object({ status: StatusV2, date: IsoDate, note: text(1000) })).min(1),
  signings: z.array(z.object({ id: Id, date: IsoDate, place: text(200), note: text(1000) })).max(50),
  resolutions: z
    .array(z.object({ id: Id, council: z.union([z.literal('home'), Id]), number: text(60), date: IsoDate }))
    .max(100),
  languages: z.array(LanguageCode).max(10),
  themes: z.array(ThemeV2).max(ThemeV2.options.length),
  objectives: z
    .array(
      z.object({
        id: Id,
        statement: requiredText(1000),
        theme: ThemeV2,
        indicator: text(500),
        target: text(500),
        agreedOn: IsoDate.nullable(),
      }),
    )
    .max(200),
  health: z
    .array(z.object({ key: z.int().min(1).max(10), done: z.boolean(), evidence: text(2000) }))
    .length(10),
  timeline: z.array(
    z.object({
      id: Id,
      date: IsoDate,
      kind: z.enum(['visit', 'exchange', 'meeting', 'letter', 'other']),
      title: requiredText(200),
      note: text(2000),
    }),
  ),
  notes: text(10_000),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const StoreV2 = z.object({
  schemaVersion: z.literal(2),
  revision: z.number().int().min(0),
  settings: z.object({
    locale: z.enum(['en', 'ro', 'fr', 'de']).nullable(),
    dormantAfterMonths: z.int().min(1).max(240),
  }),
  committee: StoreV1.shape.committee,
  partnerships: z.array(PartnershipV2),
});
export type StoreV2 = z.infer<typeof StoreV2>;
